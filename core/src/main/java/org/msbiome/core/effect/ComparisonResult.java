package org.msbiome.core.effect;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one comparison, as published: the direction of the change, the P value, the group
 * summaries and an effect size, each when the paper gives it. A result published only as "increased
 * (P &lt; 0.05)" is a result with a direction and a P value and nothing else.
 *
 * @param comparison what the intervention group was compared against
 * @param direction the direction of the change; one contradicted by the effect's confidence interval
 *     violates {@link DirectionMatchesInterval}
 * @param pValue the P value, when published
 * @param treatment the intervention group's summary, when published
 * @param comparator the comparison group's summary (placebo, control, baseline), when published
 * @param effect an effect size, reported or computed, when there is one
 * @since 0.1.0
 */
@DirectionMatchesInterval
public record ComparisonResult(
        Comparison comparison,
        Direction direction,
        Optional<@Valid PValue> pValue,
        Optional<@Valid GroupSummary> treatment,
        Optional<@Valid GroupSummary> comparator,
        Optional<@Valid EffectSize> effect) {
    /**
     * Creates a result.
     *
     * @throws NullPointerException if a component is null
     */
    public ComparisonResult {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(pValue, "pValue");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(effect, "effect");
    }

    /**
     * A result published only as a direction and a P value, such as "IL-10 increased, P &lt; 0.001".
     *
     * @throws NullPointerException if an argument is null
     */
    public static ComparisonResult ofDirection(Comparison comparison, Direction direction, PValue pValue) {
        return new ComparisonResult(
                comparison, direction, Optional.of(pValue), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A result published as two group summaries and a P value.
     *
     * @throws NullPointerException if an argument is null
     */
    public static ComparisonResult ofGroups(
            Comparison comparison, Direction direction, GroupSummary treatment, GroupSummary comparator,
            PValue pValue) {
        return new ComparisonResult(comparison, direction, Optional.of(pValue), Optional.of(treatment),
                Optional.of(comparator), Optional.empty());
    }

    /**
     * A copy with this effect size.
     *
     * @throws NullPointerException if {@code effect} is null
     */
    public ComparisonResult withEffect(EffectSize effect) {
        return new ComparisonResult(comparison, direction, pValue, treatment, comparator, Optional.of(effect));
    }
}
