package org.msbiome.core.registry;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Codes;

/**
 * A trial registry that issues identifiers, with the strict format of its identifiers.
 *
 * <p>Formats are anchored forms of the patterns and examples in the cited sources: the WHO ICTRP
 * registry table of {@code maia-sh/ctregistries} ({@code inst/extdata/registries.csv}), ClinicalTrials.gov
 * API v2.0.5, the UK CT toolkit (EudraCT) and UMIN-CTR (https://www.umin.ac.jp/ctr). Registries whose
 * official format document was not read (IRCT, ChiCTR, DRKS, CTRI, jRCT, ANZCTR, EU CT, WHO UTN) are
 * checked against the form seen in their published identifiers; no check digit is verified.
 *
 * @since 0.1.0
 */
public enum Registry {
    /**
     * ClinicalTrials.gov: {@code NCT} and 8 digits, like {@code NCT02513394} (ClinicalTrials.gov API
     * v2.0.5, {@code nctId} of length 11).
     */
    CLINICALTRIALS_GOV("clinicaltrials-gov", "NCT", "NCT\\d{8}", "NCT01234567"),
    /**
     * ISRCTN registry: {@code ISRCTN} and 8 digits, like {@code ISRCTN49204710}
     * (https://rdrr.io/github/serghiou/rtransparent/man/get_registration_4.html).
     */
    ISRCTN("isrctn", "ISRCTN", "ISRCTN\\d{8}", "ISRCTN49204710"),
    /**
     * EudraCT: year, 6-digit sequence and 2 check digits, like {@code 2014-005181-30}
     * (https://www.ct-toolkit.ac.uk/routemap/eudract-number/). EudraCT numbers exist from 2004 on
     * (msbiome issue #17), so the year is 2004 or later. The check digits are not verified.
     */
    EUDRACT("eudract", "", "(200[4-9]|20[1-9]\\d)-\\d{6}-\\d{2}", "2014-005181-30"),
    /**
     * EU Clinical Trials Information System (CTIS) trial number, like {@code 2022-500024-30-00} (form
     * seen in published numbers; the EMA specification was not read).
     */
    EU_CT("eu-ct", "", "\\d{4}-\\d{6}-\\d{2}-\\d{2}", "2022-500024-30-00"),
    /**
     * Iranian Registry of Clinical Trials: {@code IRCT}, 11 to 14 digits, {@code N} and 1 to 3 digits,
     * like {@code IRCT20161022030424N1} ({@code maia-sh/ctregistries}).
     */
    IRCT("irct", "IRCT", "IRCT\\d{11,14}N\\d{1,3}", "IRCT20161022030424N1"),
    /**
     * Australian New Zealand Clinical Trials Registry: {@code ACTRN} and 14 digits starting {@code 126},
     * like {@code ACTRN12626001215314} ({@code maia-sh/ctregistries}).
     */
    ANZCTR("anzctr", "ACTRN", "ACTRN126\\d{11}", "ACTRN12626001215314"),
    /**
     * Chinese Clinical Trial Registry: {@code ChiCTR} and 8 to 10 digits, like {@code ChiCTR2400080001},
     * or the older {@code ChiCTR-XXX-NNNNNNNN} form ({@code maia-sh/ctregistries}).
     */
    CHICTR("chictr", "ChiCTR", "ChiCTR(\\d{8,10}|-[A-Z]{3}-\\d{8})", "ChiCTR2400080001"),
    /**
     * German Clinical Trials Register: {@code DRKS000} and 5 digits, like {@code DRKS00005115}
     * ({@code maia-sh/ctregistries}).
     */
    DRKS("drks", "DRKS", "DRKS000\\d{5}", "DRKS00005115"),
    /**
     * Clinical Trials Registry – India: {@code CTRI/year/month/number}, like {@code CTRI/2024/01/061234}
     * ({@code maia-sh/ctregistries}).
     */
    CTRI("ctri", "CTRI", "CTRI/20\\d{2}/\\d{2,3}/0\\d{5}", "CTRI/2024/01/061234"),
    /**
     * Japan Registry of Clinical Trials: {@code jRCT}, one letter or digit and 9 digits, like
     * {@code jRCT2031230001} ({@code maia-sh/ctregistries}).
     */
    JRCT("jrct", "jRCT", "jRCT[A-Za-z0-9]\\d{9}", "jRCT2031230001"),
    /**
     * UMIN Clinical Trials Registry: {@code UMIN} and 9 digits, like {@code UMIN000023456}
     * (https://www.umin.ac.jp/ctr). The "R" reception number is not a study identifier.
     */
    UMIN_CTR("umin-ctr", "UMIN", "UMIN\\d{9}", "UMIN000023456"),
    /**
     * WHO Universal Trial Number, like {@code U1111-1111-4101}
     * (http://trac.reddes.bvsalud.org/projects/clinical-trials/wiki/SecondaryIdNumbersField). Its check
     * rule is not verified.
     */
    WHO_UTN("who-utn", "U1111", "U1111-\\d{4}-\\d{4}", "U1111-1111-4101");

    private final String code;
    private final String prefix;
    private final Pattern format;
    private final String example;

    Registry(String code, String prefix, String format, String example) {
        this.code = code;
        this.prefix = prefix;
        this.format = Pattern.compile(format);
        this.example = example;
    }

    /** The registry's code, lower-case kebab, like {@code clinicaltrials-gov}. */
    public String code() {
        return code;
    }

    /** The strict format of this registry's identifiers, anchored by {@link Matcher#matches()}. */
    public Pattern format() {
        return format;
    }

    /** A well-formed identifier of this registry, for messages and documentation. */
    public String example() {
        return example;
    }

    /**
     * The registry with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no registry has this code; the message lists the valid codes
     */
    public static Registry fromCode(String code) {
        return Codes.fromCode(Registry.values(), Registry::code, "registry", code);
    }

    /**
     * The identifier in its canonical spelling if it has this registry's format, after removing
     * surrounding space and space between the prefix and the number and fixing the case of the prefix.
     */
    Optional<String> normalize(String text) {
        Objects.requireNonNull(text, "value");
        String value = text.strip();
        if (!prefix.isEmpty() && value.regionMatches(true, 0, prefix, 0, prefix.length())) {
            String rest = value.substring(prefix.length()).stripLeading();
            if (this == JRCT) {
                value = prefix + rest;
            } else if (this == CHICTR) {
                value = prefix + rest.toUpperCase(Locale.ROOT);
            } else {
                value = (prefix + rest).toUpperCase(Locale.ROOT);
            }
        }
        return format.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
