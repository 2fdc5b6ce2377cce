package org.msbiome.io.ctgov;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statistical analysis the record reports for an outcome measure, as text as given.
 *
 * @param groups the compared outcome groups
 * @param pValue the P value as written, like {@code <0.0001}
 * @param method the statistical method, like {@code ANCOVA}
 * @param estimateType what the estimate is, like {@code LS Mean Difference}
 * @param estimate the estimate
 * @param ciPercent the confidence level of the interval, in percent
 * @param ciLower the interval's lower limit
 * @param ciUpper the interval's upper limit
 * @since 0.1.0
 */
public record OutcomeAnalysis(
        List<String> groups,
        Optional<String> pValue,
        Optional<String> method,
        Optional<String> estimateType,
        Optional<String> estimate,
        Optional<String> ciPercent,
        Optional<String> ciLower,
        Optional<String> ciUpper) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public OutcomeAnalysis {
        groups = List.copyOf(groups);
        Objects.requireNonNull(pValue, "pValue");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(estimateType, "estimateType");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(ciPercent, "ciPercent");
        Objects.requireNonNull(ciLower, "ciLower");
        Objects.requireNonNull(ciUpper, "ciUpper");
    }
}
