package org.msbiome.core.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hypothetical doses: the numbers are made up to exercise the arithmetic. */
class DoseTest {
    @Test
    void amountPerSachetTimesSachetsPerDay() {
        Dose dose = Dose.of(Strength.parse("10^9 CFU/sachet"), new BigDecimal("2"));

        assertThat(dose.daily()).isEqualTo(new DailyDose.Known(CfuAmount.ofScientific("2", 9)));
        assertThat(dose.daily()).hasToString("2e9 [CFU]/d");
    }

    @Test
    void amountPerGramTimesCapsuleMassTimesCapsulesPerDay() {
        Dose dose = new Dose(Strength.parse("2 × 10^9 CFU/g"), DoseUnit.CAPSULE,
                Optional.of(UnitSize.grams("0.5")), Optional.of(new BigDecimal("3")));

        assertThat(dose.daily().knownAmount()).contains(CfuAmount.ofScientific("3", 9));
    }

    @Test
    void amountPerMillilitreTimesMillilitresPerDay() {
        Dose dose = new Dose(Strength.parse("10^8 CFU/mL"), DoseUnit.MILLILITRE, Optional.empty(),
                Optional.of(new BigDecimal("100")));

        assertThat(dose.daily().knownAmount()).contains(CfuAmount.ofScientific("1", 10));
    }

    @Test
    void unknownWhenCapsuleMassAndCountAreMissing() {
        Dose dose = new Dose(Strength.parse("2 × 10^9 CFU/g"), DoseUnit.CAPSULE, Optional.empty(), Optional.empty());

        assertThat(dose.daily()).isEqualTo(new DailyDose.Unknown(
                Set.of(MissingFact.UNIT_MASS, MissingFact.UNITS_PER_DAY),
                "unknown: the mass of one capsule and the number of capsules per day are not given"));
        assertThat(dose.daily().isKnown()).isFalse();
    }

    @Test
    void unknownWhenStrengthPerGramButIntakeInMillilitres() {
        Dose dose = new Dose(Strength.parse("10^8 CFU/g"), DoseUnit.MILLILITRE, Optional.empty(),
                Optional.of(new BigDecimal("100")));

        assertThat(dose.daily()).isEqualTo(new DailyDose.Unknown(Set.of(MissingFact.DENSITY),
                "unknown: the density (the strength is per g, the intake is in mL) is not given"));
    }

    @Test
    void rejectsStrengthPerAnotherCountableUnit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Dose(Strength.parse("10^9 CFU/sachet"), DoseUnit.CAPSULE, Optional.empty(),
                        Optional.empty()))
                .withMessage("strength '1e9 [CFU]/sachet' is per sachet but the product is taken by the capsule;"
                        + " expected a strength per capsule, or per g or mL");
    }

    @Test
    void rejectsNonPositiveUnitsPerDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.of(Strength.parse("10^9 CFU/capsule"), BigDecimal.ZERO))
                .withMessage("unitsPerDay '0' is not positive; expected the number of units taken per day, like 2");
    }

    @Test
    void rejectsMoreThanAThousandUnitsPerDayWithoutExpandingTheNumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.of(Strength.parse("10^9 CFU/capsule"), new BigDecimal("1E+999999999")))
                .withMessage("unitsPerDay '1E+999999999' is above 1000; expected the number of units taken per day,"
                        + " like 2");
    }

    @Test
    void rejectsAUnitSizeAboveTenKilograms() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UnitSize.grams("1E+99999999"))
                .withMessage("unit size '1E+99999999 g' is above 10000; expected the mass or volume of one capsule,"
                        + " tablet or sachet, like '0.5 g'");
    }

    @Test
    void theLargestDoseStillComputes() {
        // The bounds of its parts keep a daily dose small: 10^99 CFU/g would be out of range, 10^90 is not.
        Dose dose = new Dose(Strength.parse("10^90 CFU/g"), DoseUnit.CAPSULE, Optional.of(UnitSize.grams("10000")),
                Optional.of(Dose.MAX_UNITS_PER_DAY));
        assertThat(dose.daily().knownAmount()).contains(CfuAmount.ofScientific("1", 97));
    }
}
