package org.msbiome.core.immune;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.effect.Direction;
import org.msbiome.core.effect.EffectSize;
import org.msbiome.core.effect.ComparisonResult;

/**
 * The effect of an intervention on an immune marker, as published: the marker, the result (comparison,
 * direction, P value, group summaries, effect size when there is one) and the measurement context
 * (specimen, assay, unit, time point).
 *
 * <pre>{@code
 * new ImmuneEffect(Cytokines.IL_10,
 *         ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.lessThan(0.001)),
 *         MeasurementContext.unreported().withTimePoint(TimePoint.sinceStart(4, UcumUnit.MONTH)));
 * }</pre>
 *
 * @param marker the marker
 * @param result what was found
 * @param context how the marker was measured
 * @since 0.1.0
 */
public record ImmuneEffect(Marker marker, @Valid ComparisonResult result, MeasurementContext context) {
    /**
     * Creates an immune effect.
     *
     * @throws NullPointerException if a component is null
     */
    public ImmuneEffect {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(context, "context");
    }

    /** What the intervention was compared against. */
    public Comparison comparison() {
        return result.comparison();
    }

    /** The direction of the change. */
    public Direction direction() {
        return result.direction();
    }

    /** The effect size, when there is one. */
    public Optional<EffectSize> effect() {
        return result.effect();
    }
}
