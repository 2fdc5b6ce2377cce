package org.msbiome.core.formulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Decimals;

/**
 * A dose: a strength (amount per unit), the unit the product is taken in, the content of one such unit
 * when it is counted (grams per capsule), and how many units are taken per day. {@link #daily()} computes
 * the daily dose from these, or says which facts are missing.
 *
 * <p>Examples: 10<sup>9</sup> CFU per sachet, 2 sachets a day → 2 × 10<sup>9</sup> CFU/d. 2 × 10<sup>9</sup>
 * CFU/g in capsules of 0.5 g, 2 capsules a day → 2 × 10<sup>9</sup> CFU/d; the same without the capsule mass →
 * unknown ({@link MissingFact#UNIT_MASS}).
 *
 * @param strength the amount per unit
 * @param intakeUnit the unit the product is taken in (capsule, sachet, g, mL)
 * @param unitSize the mass or volume of one countable intake unit, if given
 * @param unitsPerDay how many intake units are taken per day, if given; positive
 * @since 0.1.0
 */
public record Dose(Strength strength, DoseUnit intakeUnit, Optional<UnitSize> unitSize, Optional<BigDecimal> unitsPerDay) {
    /** The most units a day, 1000: more is not a dosing regimen, and the bound keeps daily-dose computations small. */
    public static final BigDecimal MAX_UNITS_PER_DAY = BigDecimal.valueOf(1000);

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the strength is per a countable unit other than the intake unit
     *     (per sachet, taken by the capsule), if a unit size is given for a measured intake unit, or if
     *     units per day is not positive
     */
    public Dose {
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(intakeUnit, "intakeUnit");
        Objects.requireNonNull(unitSize, "unitSize");
        Objects.requireNonNull(unitsPerDay, "unitsPerDay");
        if (strength.per().isCountable() && strength.per() != intakeUnit) {
            throw new IllegalArgumentException("strength " + Checks.quote(strength) + " is per "
                    + strength.per().code() + " but the product is taken by the " + intakeUnit.code()
                    + "; expected a strength per " + intakeUnit.code() + ", or per g or mL");
        }
        if (unitSize.isPresent() && !intakeUnit.isCountable()) {
            throw new IllegalArgumentException("unitSize " + Checks.quote(unitSize.get()) + " is given, but the"
                    + " product is measured in " + intakeUnit.code() + "; a unit size is the content of one"
                    + " capsule, tablet or sachet");
        }
        unitsPerDay = unitsPerDay.map(n -> {
            if (n.signum() <= 0) {
                throw new IllegalArgumentException("unitsPerDay " + Checks.quote(Decimals.describe(n))
                        + " is not positive; expected the number of units taken per day, like 2");
            }
            if (n.compareTo(MAX_UNITS_PER_DAY) > 0) {
                throw new IllegalArgumentException("unitsPerDay " + Checks.quote(Decimals.describe(n))
                        + " is above " + MAX_UNITS_PER_DAY + "; expected the number of units taken per day, like 2");
            }
            return Decimals.checkBounded(n, "unitsPerDay").stripTrailingZeros();
        });
    }

    /**
     * A dose whose strength is per intake unit: {@code Dose.of(Strength.parse("1e9 CFU/sachet"), 2)}.
     *
     * @param strength the amount per intake unit
     * @param unitsPerDay the number of units taken per day
     * @return the dose
     * @throws NullPointerException if {@code strength} is null
     * @throws IllegalArgumentException if {@code unitsPerDay} is not positive
     */
    public static Dose of(Strength strength, BigDecimal unitsPerDay) {
        return new Dose(strength, strength.per(), Optional.empty(), Optional.of(unitsPerDay));
    }

    /**
     * The amount per day, or the facts that are missing to compute it.
     *
     * @return the daily dose
     * @throws IllegalArgumentException if the amount is above 10<sup>99</sup> CFU a day, the largest amount a
     *     {@link CfuAmount} holds (possible only with a strength above 10<sup>92</sup> CFU per unit)
     */
    public DailyDose daily() {
        Set<MissingFact> missing = EnumSet.noneOf(MissingFact.class);
        BigDecimal perIntakeUnit = BigDecimal.ONE;
        DoseUnit per = strength.per();
        if (per != intakeUnit) {
            if (intakeUnit.isCountable()) {
                if (unitSize.isEmpty()) {
                    missing.add(per == DoseUnit.GRAM ? MissingFact.UNIT_MASS : MissingFact.UNIT_VOLUME);
                } else if (unitSize.get().unit() != per) {
                    missing.add(MissingFact.DENSITY);
                } else {
                    perIntakeUnit = unitSize.get().value();
                }
            } else {
                missing.add(MissingFact.DENSITY);
            }
        }
        if (unitsPerDay.isEmpty()) {
            missing.add(MissingFact.UNITS_PER_DAY);
        }
        if (!missing.isEmpty()) {
            return new DailyDose.Unknown(missing, reason(missing));
        }
        return new DailyDose.Known(strength.amount().times(perIntakeUnit.multiply(unitsPerDay.get())));
    }

    private String reason(Set<MissingFact> missing) {
        List<String> facts = new ArrayList<>();
        for (MissingFact fact : missing) {
            switch (fact) {
                case UNIT_MASS:
                    facts.add("the mass of one " + intakeUnit.code());
                    break;
                case UNIT_VOLUME:
                    facts.add("the volume of one " + intakeUnit.code());
                    break;
                case DENSITY:
                    facts.add("the density (the strength is per " + strength.per().code() + ", the "
                            + unitSize.map(s -> intakeUnit.code() + " size is in " + s.unit().code())
                                    .orElse("intake is in " + intakeUnit.code()) + ")");
                    break;
                case UNITS_PER_DAY:
                    facts.add("the number of " + plural(intakeUnit) + " per day");
                    break;
                default:
                    throw new AssertionError(fact);
            }
        }
        return "unknown: " + String.join(" and ", facts) + (facts.size() == 1 ? " is" : " are") + " not given";
    }

    private static String plural(DoseUnit unit) {
        switch (unit) {
            case GRAM:
                return "grams";
            case MILLILITRE:
                return "millilitres";
            default:
                return unit.code() + "s";
        }
    }
}
