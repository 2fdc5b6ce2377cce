package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.effect.ConfidenceInterval;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.IntegrityNotice;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.NormalDistribution;
import org.msbiome.core.outcome.MarkerMeasure;
import org.msbiome.core.outcome.OutcomeMeasure;

/**
 * Pools the effects of several studies on one outcome by inverse-variance meta-analysis, reproducing the
 * R package metafor's {@code rma(yi, vi, method = "FE" | "DL" | "REML")} with its default {@code test = "z"}
 * (https://wviechtb.github.io/metafor/reference/rma.uni.html).
 *
 * <p>For k studies with estimates yᵢ and sampling variances vᵢ:
 *
 * <ul>
 *   <li>fixed-effect weights wᵢ = 1/vᵢ, μ̂_FE = Σwᵢyᵢ / Σwᵢ, Cochran's Q = Σwᵢ(yᵢ − μ̂_FE)² on k − 1
 *       degrees of freedom;
 *   <li>τ²: 0 for the fixed-effect model; DerSimonian–Laird {@code max(0, (Q − (k − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ))};
 *       REML by Fisher scoring (below);
 *   <li>model weights wᵢ* = 1/(vᵢ + τ²), μ̂ = Σwᵢ*yᵢ / Σwᵢ*, SE = sqrt(1/Σwᵢ*), confidence interval
 *       μ̂ ± z·SE with z the standard normal quantile at (1 + level)/2;
 *   <li>prediction interval (random effects only, metafor's {@code predict()} with {@code test = "z"}):
 *       μ̂ ± z·sqrt(SE² + τ²);
 *   <li>I² (percent): for the fixed-effect model {@code max(0, (Q − (k − 1)) / Q)}·100 (0 when Q = 0); for a
 *       random-effects model τ² / (τ² + s²)·100 with the typical within-study variance
 *       s² = (k − 1)·Σwᵢ / ((Σwᵢ)² − Σwᵢ²) (Higgins &amp; Thompson 2002), as metafor reports it.
 * </ul>
 *
 * <p>REML (metafor's algorithm, https://metafor-project.org/doku.php/tips:convergence_problems_rma):
 * start from the Hedges estimate τ²₀ = max(0, Σ(yᵢ − ȳ)²/(k − 1) − Σvᵢ/k); then repeat the Fisher scoring
 * step τ² ← τ² + (yᵀPPy − tr P) / tr(PP), with P = W − W1(1ᵀW1)⁻¹1ᵀW and W = diag(wᵢ*), halving the step
 * while it would make τ² negative, until τ² changes by at most 10⁻⁵ (at most 100 iterations).
 *
 * <p>Before pooling, studies whose citation records a retraction are left out (unless
 * {@link PoolingOptions#includeRetracted()}), and the summary lists them with the retraction notice. All
 * effects must have the same measure, and at least two studies must remain.
 *
 * <pre>{@code
 * PooledSummary<String> reml = MetaAnalysis.pool(effects, PoolingMethod.REML);
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class MetaAnalysis {
    /** REML stops when τ² changes by less than this between iterations (metafor's {@code threshold}). */
    static final double REML_THRESHOLD = 1e-5;

    /** REML gives up after this many iterations (metafor's {@code maxiter}). */
    static final int REML_MAX_ITERATIONS = 100;

    private MetaAnalysis() {}

    /**
     * Pools with the default options: 95% intervals, retracted studies left out.
     *
     * @param <M> the type of the effect measure
     * @param effects the studies' effects, each study once
     * @param method how to pool
     * @return the summary
     * @throws NullPointerException if an argument or an effect is null
     * @throws IllegalArgumentException if the measures differ, a study is listed twice, or fewer than two
     *     studies remain after leaving out retracted ones
     * @throws ArithmeticException if REML does not converge in 100 iterations
     */
    public static <M> PooledSummary<M> pool(List<StudyEffect<M>> effects, PoolingMethod method) {
        return pool(effects, method, PoolingOptions.defaults());
    }

    /**
     * Pools the effects.
     *
     * @param <M> the type of the effect measure
     * @param effects the studies' effects, each study once
     * @param method how to pool
     * @param options the confidence level and whether to include retracted studies
     * @return the summary
     * @throws NullPointerException if an argument or an effect is null
     * @throws IllegalArgumentException if the measures differ, a study is listed twice, or fewer than two
     *     studies remain after leaving out retracted ones
     * @throws ArithmeticException if REML does not converge in 100 iterations
     */
    public static <M> PooledSummary<M> pool(
            List<StudyEffect<M>> effects, PoolingMethod method, PoolingOptions options) {
        List<StudyEffect<M>> all = Checks.copyOf(effects, "effects");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(options, "options");
        if (all.isEmpty()) {
            throw new IllegalArgumentException("effects is empty; expected the effects of at least 2 studies");
        }
        Set<M> measures = checkMeasuresAndLabels(all);
        List<StudyEffect<M>> pooled = new ArrayList<>();
        List<ExcludedStudy> excluded = new ArrayList<>();
        for (StudyEffect<M> effect : all) {
            Optional<IntegrityNotice> retraction = effect.citation().retraction();
            if (retraction.isPresent() && !options.includeRetracted()) {
                excluded.add(new ExcludedStudy(effect.study(), ExclusionReason.RETRACTED,
                        effect.citation().label() + ": " + retraction.get().describe()));
            } else {
                pooled.add(effect);
            }
        }
        if (pooled.size() < 2) {
            throw new IllegalArgumentException("only " + pooled.size() + " of " + all.size()
                    + " studies remain after leaving out " + excluded.size()
                    + " retracted; expected at least 2 studies to pool");
        }
        return compute(measures.iterator().next(), pooled, excluded, method, options.confidenceLevel());
    }

    /**
     * Pools the effects of findings on one outcome with the default options: 95% intervals, retracted
     * studies left out.
     *
     * @param findings the findings, one per study, all on the same outcome
     * @param method how to pool
     * @return the summary, its measure the findings' effect measure
     * @throws NullPointerException if an argument or a finding is null
     * @throws IllegalArgumentException as {@link #poolFindings(List, PoolingMethod, PoolingOptions)}
     * @throws ArithmeticException if REML does not converge in 100 iterations
     */
    public static PooledSummary<EffectMeasure> poolFindings(List<Finding> findings, PoolingMethod method) {
        return poolFindings(findings, method, PoolingOptions.defaults());
    }

    /**
     * Pools the effects of findings on one outcome. Findings whose study is retracted (its primary
     * citation records a retraction) are left out first, unless the options include them, and the summary
     * lists them with the retraction notice; a retracted finding needs no effect size to be left out.
     * Findings that are not a comparison between groups (a change from baseline within the intervention
     * group, or a result whose comparator is not stated; see {@link Comparison#isBetweenGroups()}) are
     * always left out, and the summary lists them with the reason. Each
     * remaining finding is adapted with {@link StudyEffect#ofFinding(Finding)} and pooled as by
     * {@link #pool(List, PoolingMethod, PoolingOptions)}.
     *
     * @param findings the findings, one per study, all on the same outcome
     * @param method how to pool
     * @param options the confidence level and whether to include retracted studies
     * @return the summary, its measure the findings' effect measure
     * @throws NullPointerException if an argument or a finding is null
     * @throws IllegalArgumentException if the findings are on different outcomes (measures that are not
     *     equal, including a marker measured in different specimens or units); if a finding to be pooled
     *     has no effect size with a variance (the message names each such finding and what it lacks); if
     *     their effect measures differ; if a study is listed twice; or if fewer than two studies remain
     *     (the message names those left out)
     * @throws ArithmeticException if REML does not converge in 100 iterations
     */
    public static PooledSummary<EffectMeasure> poolFindings(
            List<Finding> findings, PoolingMethod method, PoolingOptions options) {
        List<Finding> all = Checks.copyOf(findings, "findings");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(options, "options");
        if (all.isEmpty()) {
            throw new IllegalArgumentException("findings is empty; expected the findings of at least 2 studies");
        }
        Set<OutcomeMeasure> outcomes = new LinkedHashSet<>();
        for (Finding finding : all) {
            outcomes.add(finding.measure());
        }
        if (outcomes.size() > 1) {
            throw new IllegalArgumentException("findings are on different outcomes "
                    + outcomes.stream().map(MetaAnalysis::describe).toList()
                    + "; findings on different outcomes are never pooled together");
        }
        List<Finding> kept = new ArrayList<>();
        List<ExcludedStudy> excluded = new ArrayList<>();
        for (Finding finding : all) {
            Optional<IntegrityNotice> retraction = finding.study().retraction();
            if (retraction.isPresent() && !options.includeRetracted()) {
                excluded.add(new ExcludedStudy(finding.study().label(), ExclusionReason.RETRACTED,
                        finding.study().primaryCitation().label() + ": " + retraction.get().describe()));
            } else if (!finding.result().comparison().isBetweenGroups()) {
                excluded.add(notBetweenGroups(finding));
            } else {
                kept.add(finding);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Finding finding : kept) {
            StudyEffect.missing(finding.result())
                    .ifPresent(m -> problems.add(Checks.quote(finding.study().label()) + ": " + m));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot pool the findings on " + describe(outcomes.iterator().next())
                    + ": " + String.join("; ", problems));
        }
        List<StudyEffect<EffectMeasure>> effects = kept.stream().map(StudyEffect::ofFinding).toList();
        Set<EffectMeasure> measures = checkMeasuresAndLabels(effects);
        if (effects.size() < 2) {
            throw new IllegalArgumentException("only " + effects.size() + " of " + all.size()
                    + " studies remain after leaving out " + excluded.size() + " "
                    + excluded.stream().map(ExcludedStudy::explanation).toList()
                    + "; expected at least 2 studies to pool");
        }
        return compute(measures.iterator().next(), effects, excluded, method, options.confidenceLevel());
    }

    private static ExcludedStudy notBetweenGroups(Finding finding) {
        String label = finding.study().label();
        if (finding.result().comparison() == Comparison.VS_BASELINE) {
            return new ExcludedStudy(label, ExclusionReason.WITHIN_GROUP_CHANGE, Checks.quote(label)
                    + " reports a change from baseline within the intervention group, not a difference between"
                    + " groups; it is not pooled as a between-group effect");
        }
        return new ExcludedStudy(label, ExclusionReason.COMPARATOR_NOT_STATED, Checks.quote(label)
                + " names no comparator for this result, so it is not known to be a difference between groups;"
                + " it is not pooled as a between-group effect");
    }

    private static String describe(OutcomeMeasure measure) {
        if (measure instanceof MarkerMeasure marker) {
            return marker.title() + marker.specimen().map(s -> " in " + s.code()).orElse("")
                    + marker.unit().map(u -> " (" + u.code() + ")").orElse("");
        }
        return measure.title();
    }

    private static <M> Set<M> checkMeasuresAndLabels(List<StudyEffect<M>> effects) {
        Set<M> measures = new LinkedHashSet<>();
        Set<String> labels = new HashSet<>();
        for (StudyEffect<M> effect : effects) {
            measures.add(effect.measure());
            if (!labels.add(effect.study())) {
                throw new IllegalArgumentException(
                        "effects lists study " + Checks.quote(effect.study()) + " twice; expected each study once");
            }
        }
        if (measures.size() > 1) {
            throw new IllegalArgumentException("effects have different measures " + measures
                    + "; effects on different measures are never pooled together");
        }
        return measures;
    }

    private static <M> PooledSummary<M> compute(
            M measure, List<StudyEffect<M>> effects, List<ExcludedStudy> excluded, PoolingMethod method, double level) {
        int k = effects.size();
        double[] y = new double[k];
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = effects.get(i).estimate();
            v[i] = effects.get(i).variance();
        }
        double sumW = 0;
        double sumW2 = 0;
        double sumWy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / v[i];
            sumW += w;
            sumW2 += w * w;
            sumWy += w * y[i];
        }
        double fixed = sumWy / sumW;
        double q = 0;
        for (int i = 0; i < k; i++) {
            q += (y[i] - fixed) * (y[i] - fixed) / v[i];
        }
        int df = k - 1;
        double tau2 = switch (method) {
            case FIXED_EFFECT -> 0;
            case DERSIMONIAN_LAIRD -> Math.max(0, (q - df) / (sumW - sumW2 / sumW));
            case REML -> reml(y, v);
        };
        double sumWs = 0;
        double sumWsY = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / (v[i] + tau2);
            sumWs += w;
            sumWsY += w * y[i];
        }
        double estimate = sumWsY / sumWs;
        double se = Math.sqrt(1 / sumWs);
        double z = NormalDistribution.criticalValue(level);
        ConfidenceInterval ci = new ConfidenceInterval(estimate - z * se, estimate + z * se, level);
        double i2;
        Optional<ConfidenceInterval> pi;
        if (method.isRandomEffects()) {
            double typical = df * sumW / (sumW * sumW - sumW2);
            i2 = 100 * tau2 / (tau2 + typical);
            double half = z * Math.sqrt(se * se + tau2);
            pi = Optional.of(new ConfidenceInterval(estimate - half, estimate + half, level));
        } else {
            i2 = q > 0 ? 100 * Math.max(0, (q - df) / q) : 0;
            pi = Optional.empty();
        }
        List<String> included = effects.stream().map(StudyEffect::study).toList();
        return new PooledSummary<>(measure, method, included, excluded, estimate, se, ci, tau2, q, df, i2, pi);
    }

    /** REML τ² by Fisher scoring for the intercept-only model, as metafor's {@code rma.uni}. */
    static double reml(double[] y, double[] v) {
        int k = y.length;
        double mean = 0;
        double meanV = 0;
        for (int i = 0; i < k; i++) {
            mean += y[i] / k;
            meanV += v[i] / k;
        }
        double ss = 0;
        for (int i = 0; i < k; i++) {
            ss += (y[i] - mean) * (y[i] - mean);
        }
        double tau2 = Math.max(0, ss / (k - 1) - meanV);
        double[] w = new double[k];
        for (int iteration = 1; iteration <= REML_MAX_ITERATIONS; iteration++) {
            double sumW = 0;
            double sumW2 = 0;
            double sumW3 = 0;
            double sumWy = 0;
            for (int i = 0; i < k; i++) {
                w[i] = 1 / (v[i] + tau2);
                sumW += w[i];
                sumW2 += w[i] * w[i];
                sumW3 += w[i] * w[i] * w[i];
                sumWy += w[i] * y[i];
            }
            double mu = sumWy / sumW;
            // P = W − w wᵀ/Σw, so Py = w ∘ (y − μ), yᵀPPy = Σ wᵢ²(yᵢ − μ)²,
            // tr P = Σw − Σw²/Σw, tr(PP) = Σw² − 2Σw³/Σw + (Σw²/Σw)².
            double yPPy = 0;
            for (int i = 0; i < k; i++) {
                yPPy += w[i] * w[i] * (y[i] - mu) * (y[i] - mu);
            }
            double trP = sumW - sumW2 / sumW;
            double trPP = sumW2 - 2 * sumW3 / sumW + (sumW2 / sumW) * (sumW2 / sumW);
            double step = (yPPy - trP) / trPP;
            while (tau2 + step < 0) {
                step /= 2;
            }
            double previous = tau2;
            tau2 += step;
            if (Math.abs(tau2 - previous) <= REML_THRESHOLD) {
                return tau2;
            }
        }
        throw new ArithmeticException("REML estimate of tau2 did not converge in " + REML_MAX_ITERATIONS
                + " Fisher scoring iterations; try the DerSimonian-Laird method");
    }
}
