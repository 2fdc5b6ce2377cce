package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.ComputedEffect;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.effect.EffectSize;
import org.msbiome.core.effect.GroupSummary;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.ReportedEffect;
import org.msbiome.core.effect.Spread;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.internal.Checks;

/**
 * One study's effect on the outcome being pooled: which study, where it was published, the effect
 * measure, the estimate and its sampling variance.
 *
 * <p>The measure is a type parameter so that any measure type compares by {@code equals}: effects are
 * pooled only when their measures are equal (for example a log risk ratio is never pooled with a mean
 * difference). The estimate is on the scale effects are pooled on (log scale for ratios).
 *
 * @param <M> the type of the effect measure
 * @param study the study's label, unique within one pooling, like {@code Aronson 1948}; trimmed, not blank
 * @param citation where the study was published; its integrity notices decide whether it is pooled
 * @param measure the effect measure
 * @param estimate the effect estimate yᵢ, finite
 * @param variance the sampling variance vᵢ, finite and positive
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record StudyEffect<M>(String study, Citation citation, M measure, double estimate, double variance) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     * @throws IllegalArgumentException if the label is blank, the estimate is not finite, or the variance
     *     is not finite and positive
     */
    public StudyEffect {
        study = Checks.requireNonBlank(study, "study");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(measure, "measure");
        if (!Double.isFinite(estimate)) {
            throw new IllegalArgumentException(
                    "estimate of " + Checks.quote(study) + " is " + estimate + "; expected a finite number");
        }
        if (!(variance > 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("variance of " + Checks.quote(study) + " is " + variance
                    + "; expected a finite positive sampling variance");
        }
    }

    /**
     * A study's effect.
     *
     * @param <M> the type of the effect measure
     * @param study the study's label
     * @param citation where the study was published
     * @param measure the effect measure
     * @param estimate the effect estimate
     * @param variance the sampling variance
     * @return the study effect
     * @throws NullPointerException if an argument is null, naming it
     * @throws IllegalArgumentException if the label is blank, the estimate is not finite, or the variance is
     *     not finite and positive
     */
    public static <M> StudyEffect<M> of(String study, Citation citation, M measure, double estimate, double variance) {
        return new StudyEffect<>(study, citation, measure, estimate, variance);
    }

    /**
     * The effect of a finding, ready to pool: labelled with its study's label, cited by the study's
     * primary citation (so a retracted study is left out), with the effect size's measure and estimate.
     * The sampling variance is a computed effect's own; for a reported effect it is derived from its
     * confidence interval as SE² with SE = (upper − lower)/(2z) (Cochrane Handbook 6.3.1).
     *
     * @param finding the finding
     * @return the study effect
     * @throws NullPointerException if {@code finding} is null
     * @throws IllegalArgumentException if the finding has no effect size, or a reported effect size has no
     *     confidence interval or one of zero width; the message says what is missing
     */
    public static StudyEffect<EffectMeasure> ofFinding(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        Optional<String> missing = missing(finding.result());
        if (missing.isPresent()) {
            throw new IllegalArgumentException("finding of " + Checks.quote(finding.study().label()) + " on "
                    + Checks.quote(finding.measure().title()) + " cannot be pooled: " + missing.get());
        }
        EffectSize effect = finding.effect().orElseThrow();
        double variance = effect instanceof ComputedEffect computed
                ? computed.variance()
                : Math.pow(effect.interval().orElseThrow().normalStandardError(), 2);
        return new StudyEffect<>(finding.study().label(), finding.study().primaryCitation(), effect.measure(),
                effect.estimate(), variance);
    }

    /** What a result lacks to be pooled, or empty when it has an effect size with a variance. */
    static Optional<String> missing(ComparisonResult result) {
        Optional<EffectSize> effect = result.effect();
        if (effect.isPresent()) {
            if (effect.get() instanceof ReportedEffect reported && reported.confidenceInterval().isEmpty()) {
                return Optional.of("its reported effect size has no confidence interval, so its variance is unknown");
            }
            return Optional.empty();
        }
        if (result.treatment().isPresent() && result.comparator().isPresent()) {
            if (unstated(result.treatment().get()) || unstated(result.comparator().get())) {
                return Optional.of("it has no effect size, and the '±' of its group summaries is not stated to be "
                        + "an SD or an SE, so none can be computed without an assumption");
            }
            return Optional.of("it has no effect size; compute one from its group summaries with EffectSizes");
        }
        return Optional.of("it has no effect size and no group summaries; it was published as a direction"
                + (result.pValue().isPresent() ? " and a P value" : "") + " only");
    }

    private static boolean unstated(GroupSummary summary) {
        return summary instanceof MeanSummary mean && mean.spread() instanceof Spread.Unspecified;
    }
}
