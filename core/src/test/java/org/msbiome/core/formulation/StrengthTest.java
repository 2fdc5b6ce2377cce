package org.msbiome.core.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class StrengthTest {
    @Test
    void parsesAmountPerUnit() {
        assertThat(Strength.parse("2 × 10^9 CFU/g"))
                .isEqualTo(Strength.of(CfuAmount.ofScientific("2", 9), DoseUnit.GRAM))
                .hasToString("2e9 [CFU]/g");
        assertThat(Strength.parse("10^9 CFU per capsule").per()).isEqualTo(DoseUnit.CAPSULE);
        assertThat(Strength.parse("2e9 [CFU]/g")).isEqualTo(Strength.parse("2x10^9 CFU/g"));
    }

    @Test
    void rejectsMissingOrUnknownUnit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Strength.parse("2e9 CFU"))
                .withMessage("strength '2e9 CFU' does not say what the amount is per; expected an amount per unit,"
                        + " like '2 × 10^9 CFU/g' or '10^9 CFU per capsule'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Strength.parse("2e9 CFU/kg"))
                .withMessage("strength '2e9 CFU/kg': unit 'kg' is unknown; expected one of capsule, tablet, sachet,"
                        + " g, mL");
    }
}
