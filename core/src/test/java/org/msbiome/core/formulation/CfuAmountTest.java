package org.msbiome.core.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CfuAmountTest {
    private static final String EXPECTED =
            "expected a positive amount like '2 × 10^9 CFU', '2x10^9', '2e9' or '10⁹'";

    static Stream<Arguments> validSpellings() {
        return Stream.of(
                argumentSet("times sign and caret", "2 × 10^9 CFU", "2e9"),
                argumentSet("x without spaces", "2x10^9", "2e9"),
                argumentSet("capital X", "2X10^9 cfu", "2e9"),
                argumentSet("asterisk", "2*10^9", "2e9"),
                argumentSet("e notation", "2e9", "2e9"),
                argumentSet("E notation with sign and zeros", "2.0E+09", "2e9"),
                argumentSet("plain integer", "2000000000", "2e9"),
                argumentSet("superscript exponent", "10⁹", "1e9"),
                argumentSet("superscript with mantissa and unit", "2 × 10⁹ CFU", "2e9"),
                argumentSet("UCUM unit", "2e9 [CFU]", "2e9"),
                argumentSet("caret power of ten", "10^12", "1e12"),
                argumentSet("decimal mantissa", "1.5 × 10^10 CFU", "1.5e10"),
                argumentSet("two-digit superscript", "3 × 10¹¹", "3e11"),
                argumentSet("million", "10^6", "1e6"),
                argumentSet("beyond 10^12", "4.5 × 10^14", "4.5e14"));
    }

    @ParameterizedTest
    @MethodSource("validSpellings")
    void parsesUsualSpellings(String text, String expected) {
        CfuAmount amount = CfuAmount.parse(text);

        assertThat(amount.value()).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(amount).hasToString(expected + " [CFU]");
        assertThat(CfuAmount.parse(amount.toString())).isEqualTo(amount);
        assertThat(CfuAmount.parse(amount.format())).isEqualTo(amount);
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                argumentSet("blank", " ", "CFU amount must not be blank; " + EXPECTED),
                argumentSet("garbage", "abc", "CFU amount 'abc' is not a number; " + EXPECTED),
                argumentSet("garbage with digits", "2 billion", "CFU amount '2 billion': unit 'billion' is not CFU;"
                        + " an amount of colony-forming units is written 'CFU' or '[CFU]'"),
                argumentSet("negative", "-2e9", "CFU amount '-2e9' is negative; " + EXPECTED),
                argumentSet("negative with minus sign", "−2 × 10^9 CFU", "CFU amount '−2 × 10^9 CFU' is negative; "
                        + EXPECTED),
                argumentSet("zero", "0", "CFU amount '0' is zero; " + EXPECTED),
                argumentSet("zero in scientific form", "0 × 10^9 CFU", "CFU amount '0 × 10^9 CFU' is zero; "
                        + EXPECTED),
                argumentSet("NaN", "NaN", "CFU amount 'NaN' is not a number (NaN); " + EXPECTED),
                argumentSet("infinity", "Infinity", "CFU amount 'Infinity' is infinite; " + EXPECTED),
                argumentSet("negative infinity", "-Infinity", "CFU amount '-Infinity' is infinite; " + EXPECTED),
                argumentSet("infinity sign", "∞ CFU", "CFU amount '∞ CFU' is infinite; " + EXPECTED),
                argumentSet("unit only", "CFU", "CFU amount 'CFU' has a unit but no number; " + EXPECTED),
                argumentSet("other unit", "2 mg", "CFU amount '2 mg': unit 'mg' is not CFU; an amount of"
                        + " colony-forming units is written 'CFU' or '[CFU]'"),
                argumentSet("concentration", "2 × 10^9 CFU/g", "CFU amount '2 × 10^9 CFU/g' is a concentration; an"
                        + " amount has no 'per' unit: parse it with Strength.parse(..), or give the amount alone,"
                        + " like '2 × 10^9 CFU'"),
                argumentSet("decimal comma", "2,5 × 10^9", "CFU amount '2,5 × 10^9' has a comma, which may be a"
                        + " decimal comma or a thousands separator; write a decimal point and no separators, like"
                        + " '2.5 × 10^9'"),
                argumentSet("superscript lost in copying", "2 × 109 CFU", "CFU amount '2 × 109 CFU': the exponent"
                        + " after '10' is not marked; write '10^9' or '10⁹' (digits right after '10' may be a"
                        + " superscript lost in copying)"),
                argumentSet("missing exponent", "2 × 10^", "CFU amount '2 × 10^': the exponent after '10' is"
                        + " missing; " + EXPECTED),
                argumentSet("other base", "2 × 9^9", "CFU amount '2 × 9^9': the base of the power is 9; expected a"
                        + " power of 10, like '2 × 10^9'"),
                argumentSet("exponent out of range", "1e999", "CFU amount '1e999': exponent 999 is out of range;"
                        + " expected at most 99 in magnitude"));
    }

    @ParameterizedTest
    @MethodSource("invalidInputs")
    void rejectsInvalidInput(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> CfuAmount.parse(text)).withMessage(message);
    }

    @Test
    void equalAmountsCompareEqualWhateverTheirSpelling() {
        assertThat(CfuAmount.parse("2e9"))
                .isEqualTo(CfuAmount.parse("2000000000"))
                .isEqualTo(CfuAmount.ofScientific("2", 9))
                .isEqualTo(CfuAmount.of(new BigDecimal("2.000E+9")));
    }

    @Test
    void log10IsExactForPowersOfTen() {
        assertThat(CfuAmount.parse("10⁹").log10()).isEqualTo(9.0);
        assertThat(CfuAmount.parse("10^12").log10()).isEqualTo(12.0);
        assertThat(CfuAmount.parse("2e9").log10()).isCloseTo(Math.log10(2e9), within(1e-12));
    }

    @Test
    void staysExactWhereDoublesWouldNot() {
        CfuAmount amount = CfuAmount.parse("123456789012345678 CFU");

        assertThat(amount.value()).isEqualTo(new BigDecimal("123456789012345678"));
        assertThat(amount.exponent()).isEqualTo(17);
        assertThat(amount.mantissa()).isEqualTo(new BigDecimal("1.23456789012345678"));
    }

    @Test
    void roundTripsGeneratedAmounts() {
        Random random = new Random(20_170_101L);
        for (int i = 0; i < 500; i++) {
            BigDecimal mantissa = BigDecimal.valueOf(1 + random.nextInt(9_999), 3);
            CfuAmount amount = CfuAmount.of(mantissa.scaleByPowerOfTen(random.nextInt(15)));

            assertThat(CfuAmount.parse(amount.toString())).isEqualTo(amount);
            assertThat(CfuAmount.parse(amount.format())).isEqualTo(amount);
        }
    }

    @Test
    void constructorRejectsZeroAndNegative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CfuAmount.of(BigDecimal.ZERO))
                .withMessage("CFU amount 0 is zero; expected a positive number of colony-forming units, like 2E+9");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CfuAmount.of(new BigDecimal("-1")))
                .withMessage("CFU amount -1 is negative; expected a positive number of colony-forming units, like 2E+9");
    }
}
