package org.msbiome.core.formulation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Decimals;

/**
 * An exact, positive amount of colony-forming units, such as 2 × 10<sup>9</sup> CFU.
 *
 * <p>The value is a {@link BigDecimal}, exact at every magnitude (10<sup>6</sup> to 10<sup>12</sup> and
 * beyond) and stored without trailing zeros, so that {@code 2e9}, {@code 2.0E+09} and {@code 2000000000}
 * are equal. The unit is always UCUM's {@code [CFU]} (UCUM 2.2, "colony forming units"): an arbitrary unit,
 * not commensurable with any other, so an amount is never converted.
 *
 * @param value the number of colony-forming units, positive
 * @since 0.1.0
 */
public record CfuAmount(BigDecimal value) {
    /** The UCUM code of colony-forming units: {@code [CFU]}. */
    public static final String UCUM_CODE = "[CFU]";

    private static final int MAX_EXPONENT = Decimals.MAX_EXPONENT;
    private static final String EXPECTED = "expected a positive amount like '2 × 10^9 CFU', '2x10^9', '2e9' or '10⁹'";
    /** For a number (a JSON document, {@link #of}): the text forms of {@link #parse} are not numbers there. */
    private static final String EXPECTED_NUMBER = "expected a positive number of colony-forming units, like 2E+9";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String EXPONENT = "(?:\\^\\s*(?<e1>[+\\-−]?[0-9]+)|(?<e2>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))";
    private static final Pattern SCIENTIFIC = Pattern.compile(
            "(?<m>[0-9]+(?:\\.[0-9]+)?)\\s*[×xX*·]\\s*10\\s*" + EXPONENT);
    private static final Pattern POWER = Pattern.compile("10\\s*" + EXPONENT);
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(?:\\.[0-9]+)?(?:[eE](?<e>[+-]?[0-9]+))?");
    private static final Pattern LOST_EXPONENT = Pattern.compile("[0-9]+(?:\\.[0-9]+)?\\s*[×xX*·]\\s*10[0-9]+");
    private static final Pattern MISSING_EXPONENT = Pattern.compile("(?:[0-9]+(?:\\.[0-9]+)?\\s*[×xX*·]\\s*)?10\\s*\\^?");
    private static final Pattern OTHER_BASE =
            Pattern.compile("[0-9]+(?:\\.[0-9]+)?\\s*[×xX*·]\\s*(?<b>[0-9]+)\\s*(?:\\^|[⁰¹²³⁴⁵⁶⁷⁸⁹]).*");
    private static final Pattern UNIT = Pattern.compile("(?<n>.*?)\\s*(?<u>\\[CFU\\]|CFU|cfu|[A-Za-zµμ\\[\\]{}]+)");

    /**
     * Checks and normalises the value.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if it is zero or negative
     */
    public CfuAmount {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("CFU amount " + Decimals.describe(value) + " is negative; " + EXPECTED_NUMBER);
        }
        if (value.signum() == 0) {
            throw new IllegalArgumentException("CFU amount " + Decimals.describe(value) + " is zero; " + EXPECTED_NUMBER);
        }
        value = Decimals.checkBounded(value, "CFU amount").stripTrailingZeros();
    }

    /**
     * The amount with the given value.
     *
     * @param value the number of colony-forming units
     * @return the amount
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if it is zero or negative
     */
    public static CfuAmount of(BigDecimal value) {
        return new CfuAmount(value);
    }

    /**
     * The amount {@code mantissa} × 10<sup>{@code exponent}</sup>: {@code ofScientific("2", 9)} is
     * 2 × 10<sup>9</sup> CFU.
     *
     * @param mantissa the mantissa, a decimal number such as {@code "2"} or {@code "1.5"}
     * @param exponent the power of ten
     * @return the amount
     * @throws NullPointerException if {@code mantissa} is null
     * @throws NumberFormatException if {@code mantissa} is not a decimal number
     * @throws IllegalArgumentException if the amount is zero or negative
     */
    public static CfuAmount ofScientific(String mantissa, int exponent) {
        return new CfuAmount(new BigDecimal(Objects.requireNonNull(mantissa, "mantissa")).scaleByPowerOfTen(exponent));
    }

    /**
     * Parses an amount in the forms papers use: {@code "2 × 10^9 CFU"}, {@code "2x10^9"},
     * {@code "2 × 10⁹ CFU"} (superscript digits), {@code "10⁹"}, {@code "10^9"}, {@code "2e9"},
     * {@code "2.0E+09"}, {@code "2000000000"}. The unit, if written, is {@code CFU} or {@code [CFU]}.
     *
     * @param text the amount
     * @return the amount
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is blank, not a number, negative, zero, not a number
     *     ("NaN"), infinite, a concentration ("CFU/g", see {@link Strength#parse(String)}), in another unit,
     *     uses a decimal comma, a base other than 10, an exponent beyond ±99, or "10" followed by digits that
     *     may be a superscript lost in copying ("2 × 109"); the message says which
     */
    public static CfuAmount parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("CFU amount must not be blank; " + EXPECTED);
        }
        String where = "CFU amount " + Checks.quote(text);
        if (s.contains("/") || s.matches("(?i).*\\sper\\s.*")) {
            throw new IllegalArgumentException(where + " is a concentration; an amount has no 'per' unit: parse it"
                    + " with Strength.parse(..), or give the amount alone, like '2 × 10^9 CFU'");
        }
        if (s.contains(",")) {
            throw new IllegalArgumentException(where + " has a comma, which may be a decimal comma or a thousands"
                    + " separator; write a decimal point and no separators, like '2.5 × 10^9'");
        }
        Matcher unit = UNIT.matcher(s);
        if (unit.matches() && !isNonNumberWord(s)) {
            String u = unit.group("u");
            if (!u.equalsIgnoreCase("CFU") && !u.equals("[CFU]")) {
                if (unit.group("n").isEmpty()) {
                    throw new IllegalArgumentException(where + " is not a number; " + EXPECTED);
                }
                throw new IllegalArgumentException(where + ": unit " + Checks.quote(u) + " is not CFU; an amount"
                        + " of colony-forming units is written 'CFU' or '[CFU]'");
            }
            s = unit.group("n");
            if (s.isEmpty()) {
                throw new IllegalArgumentException(where + " has a unit but no number; " + EXPECTED);
            }
        }
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("−")) {
            negative = true;
            s = s.substring(1).strip();
        } else if (s.startsWith("+")) {
            s = s.substring(1).strip();
        }
        if (s.equalsIgnoreCase("nan")) {
            throw new IllegalArgumentException(where + " is not a number (NaN); " + EXPECTED);
        }
        if (s.equalsIgnoreCase("infinity") || s.equalsIgnoreCase("inf") || s.equals("∞")) {
            throw new IllegalArgumentException(where + " is infinite; " + EXPECTED);
        }
        BigDecimal value = parseMagnitude(s, where);
        if (negative && value.signum() != 0) {
            throw new IllegalArgumentException(where + " is negative; " + EXPECTED);
        }
        if (value.signum() == 0) {
            throw new IllegalArgumentException(where + " is zero; " + EXPECTED);
        }
        return new CfuAmount(value);
    }

    /**
     * The power of ten of the amount in scientific notation: 9 for 2 × 10<sup>9</sup>.
     *
     * @return the exponent
     */
    public int exponent() {
        return value.precision() - value.scale() - 1;
    }

    /**
     * The mantissa of the amount in scientific notation, at least 1 and less than 10: 2 for
     * 2 × 10<sup>9</sup>.
     *
     * @return the mantissa
     */
    public BigDecimal mantissa() {
        BigDecimal m = value.scaleByPowerOfTen(-exponent()).stripTrailingZeros();
        return m.scale() < 0 ? m.setScale(0) : m;
    }

    /**
     * The base-10 logarithm of the amount, e.g. 9.301… for 2 × 10<sup>9</sup>; exact for powers of ten.
     *
     * @return log<sub>10</sub> of the amount
     */
    public double log10() {
        return exponent() + Math.log10(mantissa().doubleValue());
    }

    /**
     * This amount multiplied by a positive factor, exactly: an amount per gram times grams per day.
     *
     * @param factor the factor, positive
     * @return the product
     * @throws NullPointerException if {@code factor} is null
     * @throws IllegalArgumentException if the factor is zero or negative
     */
    public CfuAmount times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("factor " + factor + " is not positive; a CFU amount can only be"
                    + " multiplied by a positive number");
        }
        return new CfuAmount(value.multiply(factor));
    }

    /**
     * The sum of this amount and another, exactly.
     *
     * @param other the other amount
     * @return the sum
     * @throws NullPointerException if {@code other} is null
     */
    public CfuAmount plus(CfuAmount other) {
        return new CfuAmount(value.add(Objects.requireNonNull(other, "other").value));
    }

    /**
     * The amount for people: "2 × 10^9 CFU", "1.5 × 10^10 CFU".
     *
     * @return the text, which {@link #parse(String)} reads back
     */
    public String format() {
        return mantissa().toPlainString() + " × 10^" + exponent() + " CFU";
    }

    /**
     * The amount in scientific notation with its UCUM unit: "2e9 [CFU]".
     *
     * @return the text, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return mantissa().toPlainString() + "e" + exponent() + " " + UCUM_CODE;
    }

    private static boolean isNonNumberWord(String s) {
        String word = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        return word.equalsIgnoreCase("nan") || word.equalsIgnoreCase("infinity") || word.equalsIgnoreCase("inf");
    }

    private static BigDecimal parseMagnitude(String s, String where) {
        Matcher m;
        if ((m = SCIENTIFIC.matcher(s)).matches()) {
            return new BigDecimal(m.group("m")).scaleByPowerOfTen(exponent(m, where));
        }
        if ((m = POWER.matcher(s)).matches()) {
            return BigDecimal.ONE.scaleByPowerOfTen(exponent(m, where));
        }
        if ((m = DECIMAL.matcher(s)).matches()) {
            if (m.group("e") != null) {
                checkExponentRange(m.group("e"), where);
            }
            return new BigDecimal(s);
        }
        if (LOST_EXPONENT.matcher(s).matches()) {
            throw new IllegalArgumentException(where + ": the exponent after '10' is not marked; write '10^9' or"
                    + " '10⁹' (digits right after '10' may be a superscript lost in copying)");
        }
        if (MISSING_EXPONENT.matcher(s).matches()) {
            throw new IllegalArgumentException(where + ": the exponent after '10' is missing; " + EXPECTED);
        }
        if ((m = OTHER_BASE.matcher(s)).matches() && !m.group("b").equals("10")) {
            throw new IllegalArgumentException(where + ": the base of the power is " + m.group("b")
                    + "; expected a power of 10, like '2 × 10^9'");
        }
        throw new IllegalArgumentException(where + " is not a number; " + EXPECTED);
    }

    private static int exponent(Matcher m, String where) {
        String digits = m.group("e1");
        if (digits == null) {
            StringBuilder ascii = new StringBuilder();
            for (char c : m.group("e2").toCharArray()) {
                ascii.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
            }
            digits = ascii.toString();
        }
        return checkExponentRange(digits.replace('−', '-'), where);
    }

    private static int checkExponentRange(String digits, String where) {
        BigInteger e = new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
        if (e.abs().compareTo(BigInteger.valueOf(MAX_EXPONENT)) > 0) {
            throw new IllegalArgumentException(where + ": exponent " + e + " is out of range; expected at most "
                    + MAX_EXPONENT + " in magnitude");
        }
        return e.intValueExact();
    }
}
