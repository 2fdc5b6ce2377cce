package org.msbiome.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource({
        "2.50E+3, 2500",
        "0.500, 0.5",
        "1E+99, 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "1E-99, 1E-99",
        "0.000, 0",
    })
    void normalisesBoundedValues(String text, String normalised) {
        assertThat(Decimals.requireBounded(new BigDecimal(text), "amount")).isEqualTo(new BigDecimal(normalised));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1E+100       | amount 1E+100 is out of range; its power of ten must be between -99 and 99",
        "1E+999999999 | amount 1E+999999999 is out of range; its power of ten must be between -99 and 99",
        "1E-999999999 | amount 1E-999999999 is out of range; its power of ten must be between -99 and 99",
        "1.00000000000000000000000000000000000000000000000001 | amount 1.00000000000000000000000000000000000000000000000001 has more than 50 significant digits",
    })
    void refusesValuesBeyondTheBoundsWithAShortMessage(String text, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Decimals.requireBounded(new BigDecimal(text), "amount"))
                .withMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"1E+999999999", "-1E+999999999", "1E-999999999", "123456789E+2147483000"})
    void checkingAHugeExponentDoesNoArithmetic(String text) {
        // Were the value expanded, these would take minutes and gigabytes; the check only reads the exponent.
        assertThat(Decimals.isBounded(new BigDecimal(text))).isFalse();
        assertThat(Decimals.describe(new BigDecimal(text))).hasSizeLessThan(30);
    }

    @org.junit.jupiter.api.Test
    void describesAValueOfAMillionDigitsInAFewWords() {
        BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(1_000_000));
        assertThat(Decimals.describe(huge)).startsWith("a number of about 99").contains("digits").hasSizeLessThan(80);
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.requireBounded(huge, "amount"))
                .withMessageEndingWith("has more than 50 significant digits");
    }
}
