package org.msbiome.core.effect;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Codes;
import org.msbiome.core.validation.Probability;

/**
 * A P value as published: an exact value ({@code P = 0.03}) or an inequality ({@code P < 0.05}), which
 * is kept as an inequality and never turned into a number.
 *
 * @param relation how the published P relates to {@code value}
 * @param value the published number; outside [0, 1] violates {@link Probability}
 * @since 0.1.0
 */
public record PValue(Relation relation, @Probability double value) {
    private static final Pattern TEXT =
            Pattern.compile("(?i)p?\\s*(=|<=|≤|<|>=|≥|>)\\s*([0-9]*\\.?[0-9]+(?:e-?[0-9]+)?)");

    /**
     * Creates a P value.
     *
     * @throws NullPointerException if {@code relation} is null
     * @throws IllegalArgumentException if {@code value} is not a finite number
     */
    public PValue {
        Objects.requireNonNull(relation, "relation");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("P value " + Checks.quote(value) + " is not a finite number");
        }
    }

    /**
     * An exact P value.
     *
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public static PValue exactly(double value) {
        return new PValue(Relation.EQUAL, value);
    }

    /**
     * A P value published as "P &lt; {@code bound}".
     *
     * @throws IllegalArgumentException if {@code bound} is not finite
     */
    public static PValue lessThan(double bound) {
        return new PValue(Relation.LESS_THAN, bound);
    }

    /**
     * Parses a published P value: {@code "P = 0.03"}, {@code "P<0.001"}, {@code "p > 0.05"},
     * {@code "P ≤ 0.01"}; the leading P is optional and its case ignored.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not in that form
     */
    public static PValue parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("P value " + Checks.quote(text) + " is not in the form 'P = 0.03', "
                    + "'P < 0.05' or 'P > 0.05'");
        }
        String op = m.group(1).replace("≤", "<=").replace("≥", ">=");
        String number = m.group(2).toLowerCase(Locale.ROOT);
        double value = Double.parseDouble(number);
        // 1e400 would become Infinity and 1e-400 zero: refused with the number as printed (issue #18, D15)
        if (Double.isInfinite(value) || value == 0 && !number.replaceAll("e.*", "").matches("[0.]*")) {
            throw new IllegalArgumentException("P value " + Checks.quote(text)
                    + " is beyond the range of a double (about 4.9e-324 to 1.8e308)");
        }
        return new PValue(Relation.fromCode(op), value);
    }

    /** As published: {@code P < 0.05}. */
    @Override
    public String toString() {
        return "P " + relation.code() + " " + value;
    }

    /**
     * How a published P value relates to its number.
     *
     * @since 0.1.0
     */
    public enum Relation {
        /** {@code P = x}. */
        EQUAL("="),
        /** {@code P < x}. */
        LESS_THAN("<"),
        /** {@code P <= x}. */
        LESS_OR_EQUAL("<="),
        /** {@code P > x}. */
        GREATER_THAN(">"),
        /** {@code P >= x}. */
        GREATER_OR_EQUAL(">=");

        private final String code;

        Relation(String code) {
            this.code = code;
        }

        /** The operator: {@code =}, {@code <}, {@code <=}, {@code >} or {@code >=}. */
        public String code() {
            return code;
        }

        /**
         * The relation with this operator.
         *
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException if there is none; the message lists the operators
         */
        public static Relation fromCode(String code) {
            return Codes.fromCode(Relation.values(), Relation::code, "P value relation", code);
        }
    }
}
