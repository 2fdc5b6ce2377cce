package org.msbiome.core.measure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.msbiome.core.internal.Checks;

/**
 * A unit of measure, as a case-sensitive UCUM code (UCUM 2.2, https://ucum.org/ucum).
 *
 * <p>This is a whitelist of the codes the msbiome vocabulary needs, not a UCUM implementation. Each
 * code is composed only of UCUM atoms, metric prefixes on metric atoms (UCUM §11: "only metric unit
 * atoms may be combined with a prefix") and the division operator {@code /} (UCUM §7). How each code
 * is derived is stated on its constant. The case-insensitive UCUM variants (for example
 * {@code PG/ML}) are a different code system and are never stored; {@link #parse(String)} maps common
 * spellings such as {@code µg/mL} or {@code CFU/ml} to the case-sensitive code.
 *
 * <p>Arbitrary units ({@code [CFU]}, {@code [iU]}) are not commensurable with any other unit (UCUM
 * §24); msbiome never converts between units.
 *
 * @since 0.1.0
 */
public enum UcumUnit {
    /** Colony-forming units: UCUM arbitrary atom {@code [CFU]}, not metric, so never prefixed. */
    CFU("[CFU]", false, "CFU", "cfu"),
    /** CFU per millilitre: {@code [CFU]} divided by {@code mL} (prefix {@code m} on the metric atom {@code L}). */
    CFU_PER_MILLILITRE("[CFU]/mL", false, "CFU/mL", "CFU/ml", "cfu/mL", "cfu/ml"),
    /** CFU per gram: {@code [CFU]} divided by the base unit {@code g}. */
    CFU_PER_GRAM("[CFU]/g", false, "CFU/g", "cfu/g"),
    /** Picograms per millilitre: prefix {@code p} (10⁻¹²) on {@code g}, divided by {@code mL}. */
    PICOGRAM_PER_MILLILITRE("pg/mL", false, "pg/ml"),
    /** Nanograms per millilitre: prefix {@code n} (10⁻⁹) on {@code g}, divided by {@code mL}. */
    NANOGRAM_PER_MILLILITRE("ng/mL", false, "ng/ml"),
    /**
     * Micrograms per millilitre: prefix {@code u} (micro, 10⁻⁶; UCUM's code for µ) on {@code g}, divided
     * by {@code mL}.
     */
    MICROGRAM_PER_MILLILITRE("ug/mL", false, "ug/ml", "µg/mL", "µg/ml", "μg/mL", "μg/ml", "mcg/mL", "mcg/ml"),
    /** Micromoles per litre: prefix {@code u} on the metric atom {@code mol}, divided by {@code L}. */
    MICROMOLE_PER_LITRE("umol/L", false, "umol/l", "µmol/L", "µmol/l", "μmol/L", "μmol/l", "uM", "µM", "μM"),
    /**
     * International units per millilitre: UCUM atom {@code [iU]} (arbitrary, metric; {@code [IU]} is
     * defined as the same unit) divided by {@code mL}.
     */
    INTERNATIONAL_UNIT_PER_MILLILITRE("[iU]/mL", false, "[IU]/mL", "IU/mL", "IU/ml", "iU/mL"),
    /**
     * Micro-international units per millilitre (insulin): prefix {@code u} on the metric arbitrary atom
     * {@code [iU]}, divided by {@code mL}.
     */
    MICRO_INTERNATIONAL_UNIT_PER_MILLILITRE(
            "u[iU]/mL", false, "u[IU]/mL", "uIU/mL", "uIU/ml", "µIU/mL", "µIU/ml", "μIU/mL", "μIU/ml"),
    /** Milligram: prefix {@code m} on the base unit {@code g}. */
    MILLIGRAM("mg", false),
    /** Millilitre: prefix {@code m} on the metric atom {@code L}. */
    MILLILITRE("mL", false, "ml"),
    /** Percent: UCUM atom {@code %}. */
    PERCENT("%", false, "percent"),
    /** Hour: UCUM atom {@code h}. */
    HOUR("h", true, "hour", "hours", "hr", "hrs"),
    /** Day: UCUM atom {@code d}. */
    DAY("d", true, "day", "days"),
    /** Week: UCUM atom {@code wk}. */
    WEEK("wk", true, "week", "weeks", "wks"),
    /** Month (mean Julian month): UCUM atom {@code mo}. */
    MONTH("mo", true, "month", "months"),
    /** Year (mean Julian year): UCUM atom {@code a}. */
    YEAR("a", true, "year", "years", "yr", "yrs");

    private static final Map<String, UcumUnit> BY_SPELLING = spellings(false);
    private static final Map<String, UcumUnit> BY_WORD = spellings(true);

    private final String code;
    private final boolean time;
    private final String[] spellings;

    UcumUnit(String code, boolean time, String... spellings) {
        this.code = code;
        this.time = time;
        this.spellings = spellings;
    }

    /** The case-sensitive UCUM code, for example {@code ug/mL}. */
    public String code() {
        return code;
    }

    /** Whether this is a unit of time ({@code h}, {@code d}, {@code wk}, {@code mo}, {@code a}). */
    public boolean isTime() {
        return time;
    }

    /**
     * The unit with exactly this case-sensitive UCUM code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if the code is not one of the accepted codes; the message lists them
     */
    public static UcumUnit fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (UcumUnit unit : values()) {
            if (unit.code.equals(code)) {
                return unit;
            }
        }
        throw unknown("UCUM code", code);
    }

    /**
     * The unit for a UCUM code or a common spelling: {@code "µg/mL"}, {@code "μg/ml"} and
     * {@code "mcg/mL"} give {@code ug/mL}; {@code "CFU/ml"} gives {@code [CFU]/mL}; {@code "weeks"} gives
     * {@code wk}. Surrounding and inner spaces are ignored; spelled-out words ({@code "Weeks"},
     * {@code "HR"}) match regardless of case; codes and symbols match only as written, since case
     * distinguishes UCUM prefixes ({@code Mg} is a megagram, not {@code mg}).
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not an accepted code or spelling; the message lists
     *     the accepted codes
     */
    public static UcumUnit parse(String text) {
        return lookup(text).orElseThrow(() -> unknown("unit", text));
    }

    /**
     * Like {@link #parse(String)}, but empty when the text is not recognised.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<UcumUnit> lookup(String text) {
        Objects.requireNonNull(text, "text");
        String compact = text.strip().replace(" ", "");
        UcumUnit unit = BY_SPELLING.get(compact);
        if (unit == null) {
            unit = BY_WORD.get(compact.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(unit);
    }

    private static IllegalArgumentException unknown(String what, String value) {
        String accepted = Arrays.stream(values()).map(UcumUnit::code).collect(Collectors.joining(", "));
        return new IllegalArgumentException(what + " " + Checks.quote(value) + " is not supported; expected one of "
                + "the UCUM codes " + accepted + " (common spellings such as 'µg/mL', 'CFU/ml' or 'weeks' "
                + "are accepted too)");
    }

    /** All codes and spellings, or (words) only the spelled-out words, which match in any case. */
    private static Map<String, UcumUnit> spellings(boolean words) {
        Map<String, UcumUnit> map = new LinkedHashMap<>();
        for (UcumUnit unit : values()) {
            if (!words) {
                register(map, unit.code, unit);
            }
            for (String spelling : unit.spellings) {
                if (!words) {
                    register(map, spelling, unit);
                } else if (spelling.chars().allMatch(Character::isLetter)) {
                    register(map, spelling.toLowerCase(Locale.ROOT), unit);
                }
            }
        }
        return Map.copyOf(map);
    }

    private static void register(Map<String, UcumUnit> map, String spelling, UcumUnit unit) {
        UcumUnit previous = map.put(spelling, unit);
        if (previous != null && previous != unit) {
            throw new IllegalStateException("spelling " + spelling + " of " + unit + " is also a spelling of " + previous);
        }
    }
}
