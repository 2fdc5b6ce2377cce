package org.msbiome.core.diversity;

import org.msbiome.core.internal.Codes;

/**
 * The base of the logarithm of an entropy such as Shannon's index. scikit-bio's default is e since version
 * 0.6.1 (it was 2 before); vegan's {@code diversity()} uses e. msbiome never assumes one: a Shannon result
 * always records its base.
 *
 * @since 0.1.0
 */
public enum LogBase {
    /** The natural logarithm (nats); code {@code e}. */
    E("e", 1.0),
    /** The binary logarithm (bits); code {@code 2}. */
    TWO("2", Math.log(2.0)),
    /** The decimal logarithm (bans); code {@code 10}. */
    TEN("10", Math.log(10.0));

    private final String code;
    private final double lnOfBase;

    LogBase(String code, double lnOfBase) {
        this.code = code;
        this.lnOfBase = lnOfBase;
    }

    /**
     * The base's code: {@code e}, {@code 2} or {@code 10}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The logarithm of {@code x} in this base.
     *
     * @param x a positive number
     * @return log of x in this base
     */
    public double log(double x) {
        return this == TWO ? Math.log(x) / lnOfBase : this == TEN ? Math.log10(x) : Math.log(x);
    }

    /**
     * The base with the given code.
     *
     * @param code {@code e}, {@code 2} or {@code 10}
     * @return the base
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no base has that code; the message lists the valid codes
     */
    public static LogBase fromCode(String code) {
        return Codes.fromCode(values(), LogBase::code, "logarithm base", code);
    }
}
