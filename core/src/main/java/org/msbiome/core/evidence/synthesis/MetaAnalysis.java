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
import org.msbiome.core.internal.ChiSquared;
import org.msbiome.core.internal.NormalDistribution;
import org.msbiome.core.internal.StudentT;
import org.msbiome.core.outcome.MarkerMeasure;
import org.msbiome.core.outcome.OutcomeMeasure;

/**
 * Pools the effects of several studies on one outcome by inverse-variance meta-analysis, reproducing the
 * R package metafor 3.8-1's {@code rma(yi, vi, method = ..., test = "z" | "knha")}
 * (https://wviechtb.github.io/metafor/reference/rma.uni.html), with its {@code confint}, {@code leave1out},
 * {@code regtest} and {@code trimfill}.
 *
 * <p>For k studies with estimates yᵢ and sampling variances vᵢ:
 *
 * <ul>
 *   <li>fixed-effect weights wᵢ = 1/vᵢ, μ̂_FE = Σwᵢyᵢ / Σwᵢ, Cochran's Q = Σwᵢ(yᵢ − μ̂_FE)² on k − 1
 *       degrees of freedom, and its p-value P(χ²(k − 1) &gt; Q) (metafor's {@code QEp});
 *   <li>τ²: 0 for the fixed-effect model, otherwise the estimator the {@link PoolingMethod} names (DL, REML,
 *       HS, HE, SJ, ML, EB, PM; each constant gives its formula), with {@link Convergence} saying how it was
 *       found: a search that does not converge is reported there, never thrown;
 *   <li>model weights wᵢ* = 1/(vᵢ + τ²), μ̂ = Σwᵢ*yᵢ / Σwᵢ*, SE = sqrt(1/Σwᵢ*), confidence interval
 *       μ̂ ± z·SE with z the standard normal quantile at (1 + level)/2; under Knapp–Hartung
 *       ({@link SignificanceTest#KNAPP_HARTUNG}) SE² is multiplied by Σwᵢ*(yᵢ − μ̂)²/(k − 1) and z is replaced
 *       by the t quantile with k − 1 degrees of freedom;
 *   <li>prediction interval (random effects only, metafor's {@code predict()}): μ̂ ± c·sqrt(SE² + τ²), c the
 *       critical value of the confidence interval;
 *   <li>I² (percent): for the fixed-effect model {@code max(0, (Q − (k − 1)) / Q)}·100 (0 when Q = 0); for a
 *       random-effects model τ² / (τ² + s²)·100 with the typical within-study variance
 *       s² = (k − 1)·Σwᵢ / ((Σwᵢ)² − Σwᵢ²) (Higgins &amp; Thompson 2002), as metafor reports it;
 *   <li>for a random-effects model, the Q-profile intervals of τ² and I² ({@link HeterogeneityIntervals}).
 * </ul>
 *
 * <p>Before pooling, studies whose citation records a retraction are left out (unless
 * {@link PoolingOptions#includeRetracted()}), and the summary lists them with the retraction notice. All
 * effects must have the same measure, and at least two studies must remain. Bare yᵢ/vᵢ pairs pool with
 * {@link #poolEstimates(Object, List, PoolingMethod, PoolingOptions)}. The summary keeps the pooled
 * estimates, so that {@link #leaveOneOut(PooledSummary)}, {@link #eggerTest(PooledSummary, EggerModel)} and
 * {@link #trimAndFill(PooledSummary)} take it as metafor's functions take a fitted model.
 *
 * <pre>{@code
 * PooledSummary<String> fixed = MetaAnalysis.poolEstimates("SMD", List.of(
 *                 EffectEstimate.of("study A", -0.5713667919, 0.1040807501),
 *                 EffectEstimate.of("study B", -0.3424359465, 0.1310579953)),
 *         PoolingMethod.FIXED_EFFECT, PoolingOptions.defaults());
 * fixed.estimate();                                      // -0.4700, as metafor's rma(yi, vi, method = "FE")
 * fixed.standardError();                                 // 0.2409
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class MetaAnalysis {
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
        return compute(measures.iterator().next(), pooled, excluded, method, options);
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
        return compute(measures.iterator().next(), effects, excluded, method, options);
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
            M measure, List<StudyEffect<M>> effects, List<ExcludedStudy> excluded, PoolingMethod method,
            PoolingOptions options) {
        List<EffectEstimate> estimates = effects.stream()
                .map(e -> new EffectEstimate(e.study(), e.estimate(), e.variance())).toList();
        return fit(measure, estimates, excluded, method, options.test(), options.confidenceLevel());
    }

    /**
     * Pools bare estimates: yᵢ/vᵢ pairs under labels (from a spreadsheet, or metafor's {@code escalc}
     * output), without citations, so nothing is left out as retracted. Otherwise as
     * {@link #pool(List, PoolingMethod, PoolingOptions)}.
     *
     * @param <M> the type of the effect measure
     * @param measure what the estimates measure, like {@code EffectMeasure.LOG_RISK_RATIO} or a name
     * @param estimates the labelled estimates, each label once, at least two
     * @param method how to pool
     * @param options the confidence level and the test ({@code includeRetracted} has no effect here)
     * @return the summary
     * @throws NullPointerException if an argument or an estimate is null
     * @throws IllegalArgumentException if a label is listed twice or fewer than two estimates are given
     */
    public static <M> PooledSummary<M> poolEstimates(
            M measure, List<EffectEstimate> estimates, PoolingMethod method, PoolingOptions options) {
        Objects.requireNonNull(measure, "measure");
        List<EffectEstimate> all = Checks.copyOf(estimates, "estimates");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(options, "options");
        Set<String> labels = new HashSet<>();
        for (EffectEstimate e : all) {
            if (!labels.add(e.study())) {
                throw new IllegalArgumentException(
                        "estimates lists study " + Checks.quote(e.study()) + " twice; expected each study once");
            }
        }
        if (all.size() < 2) {
            throw new IllegalArgumentException("estimates has " + all.size() + "; expected at least 2 studies to pool");
        }
        return fit(measure, all, List.of(), method, options.test(), options.confidenceLevel());
    }

    /**
     * Leave-one-out analysis (metafor {@code leave1out}): the pooling repeated k times, each time without
     * one study, with the same method, test and level.
     *
     * @param <M> the type of the effect measure
     * @param summary a pooling of at least three studies
     * @return one row per pooled study, in the summary's order
     * @throws NullPointerException if {@code summary} is null
     * @throws IllegalArgumentException if fewer than three studies were pooled
     */
    public static <M> List<LeaveOneOut<M>> leaveOneOut(PooledSummary<M> summary) {
        Objects.requireNonNull(summary, "summary");
        List<EffectEstimate> effects = summary.effects();
        if (effects.size() < 3) {
            throw new IllegalArgumentException("leave-one-out needs at least 3 studies; the summary pools "
                    + effects.size());
        }
        List<LeaveOneOut<M>> rows = new ArrayList<>();
        for (int i = 0; i < effects.size(); i++) {
            List<EffectEstimate> rest = new ArrayList<>(effects);
            EffectEstimate omitted = rest.remove(i);
            rows.add(new LeaveOneOut<>(omitted.study(), fit(summary.measure(), rest, summary.excluded(),
                    summary.method(), summary.test(), summary.confidenceLevel())));
        }
        return List.copyOf(rows);
    }

    /**
     * Egger's regression test for funnel-plot asymmetry (metafor {@code regtest(res, model = ...)}, with
     * the standard error as predictor).
     *
     * @param summary a pooling of at least three studies
     * @param model {@link EggerModel#RMA} (metafor's default: the summary's method and test) or
     *     {@link EggerModel#LM} (weighted least squares, t on k − 2 degrees of freedom)
     * @return the test
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than three studies were pooled, or all standard errors are
     *     equal (the predictor would not vary)
     */
    public static EggerTest eggerTest(PooledSummary<?> summary, EggerModel model) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(model, "model");
        List<EffectEstimate> effects = summary.effects();
        int k = effects.size();
        if (k < 3) {
            throw new IllegalArgumentException("Egger's test needs at least 3 studies; the summary pools " + k);
        }
        double[] y = effects.stream().mapToDouble(EffectEstimate::estimate).toArray();
        double[] v = effects.stream().mapToDouble(EffectEstimate::variance).toArray();
        double[][] x = new double[k][];
        for (int i = 0; i < k; i++) {
            x[i] = new double[] {1, Math.sqrt(v[i])};
        }
        if (effects.stream().mapToDouble(EffectEstimate::variance).distinct().count() < 2) {
            throw new IllegalArgumentException("all studies have the same standard error; Egger's test needs them to vary");
        }
        if (model == EggerModel.LM) {
            Rma.Wls wls = Rma.wls(y, Rma.reciprocal(v, 0), x);
            double sigma2 = wls.rss() / (k - 2);
            double se = Math.sqrt(sigma2 * wls.covariance()[1][1]);
            double t = wls.beta()[1] / se;
            return new EggerTest(model, PoolingMethod.FIXED_EFFECT, SignificanceTest.KNAPP_HARTUNG, wls.beta()[1], se, t,
                    Optional.of(k - 2), StudentT.twoSidedTail(t, k - 2), wls.beta()[0], Convergence.closedForm());
        }
        Rma.Tau2 tau2 = Rma.tau2(summary.method(), y, v, x);
        Rma.Wls wls = Rma.wls(y, Rma.reciprocal(v, tau2.value()), x);
        double scale = summary.test() == SignificanceTest.KNAPP_HARTUNG ? wls.rss() / (k - 2) : 1;
        double se = Math.sqrt(scale * wls.covariance()[1][1]);
        double stat = wls.beta()[1] / se;
        boolean z = summary.test() == SignificanceTest.Z;
        return new EggerTest(model, summary.method(), summary.test(), wls.beta()[1], se, stat,
                z ? Optional.empty() : Optional.of(k - 2),
                z ? ChiSquared.upperTail(stat * stat, 1) : StudentT.twoSidedTail(stat, k - 2), wls.beta()[0],
                tau2.convergence());
    }

    /**
     * Trim-and-fill with the L0 estimator (metafor {@code trimfill(res)}): the side is chosen as metafor
     * does (see {@link TrimAndFill#side()}); the data are mirrored so that studies are missing on the left;
     * then, starting from k0 = 0 and until k0 repeats, the k − k0 smallest estimates are pooled with the
     * summary's method, the deviations yᵢ − μ̂ of all k studies are ranked by absolute value (ties in
     * order), and k0 = max(0, round((4·S − k(k + 1))/(2k − 1))), S the sum of the positive signed ranks.
     * The k0 most extreme studies are mirrored about the last μ̂ and all are pooled again.
     *
     * @param <M> the type of the effect measure
     * @param summary a pooling of at least three studies
     * @return the result
     * @throws NullPointerException if {@code summary} is null
     * @throws IllegalArgumentException if fewer than three studies were pooled
     */
    public static <M> TrimAndFill<M> trimAndFill(PooledSummary<M> summary) {
        Objects.requireNonNull(summary, "summary");
        List<EffectEstimate> effects = summary.effects();
        int k = effects.size();
        if (k < 3) {
            throw new IllegalArgumentException("trim-and-fill needs at least 3 studies; the summary pools " + k);
        }
        double[] v0 = effects.stream().mapToDouble(EffectEstimate::variance).toArray();
        double[] y0 = effects.stream().mapToDouble(EffectEstimate::estimate).toArray();
        double[][] x = new double[k][];
        for (int i = 0; i < k; i++) {
            x[i] = new double[] {1, Math.sqrt(v0[i])};
        }
        Rma.Tau2 sideTau2 = Rma.tau2(summary.method(), y0, v0, x);
        double slope = Rma.wls(y0, Rma.reciprocal(v0, sideTau2.value()), x).beta()[1];
        FunnelSide side = slope < 0 ? FunnelSide.RIGHT : FunnelSide.LEFT;
        double sign = side == FunnelSide.RIGHT ? -1 : 1;
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(sign * y0[a], sign * y0[b]));
        double[] y = new double[k];
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = sign * y0[order[i]];
            v[i] = v0[order[i]];
        }
        int k0 = 0;
        int previous = -1;
        int iterations = 0;
        double centre = 0;
        while (k0 != previous && iterations < Rma.MAX_ITERATIONS) {
            previous = k0;
            iterations++;
            double[] yt = java.util.Arrays.copyOf(y, k - k0);
            double[] vt = java.util.Arrays.copyOf(v, k - k0);
            double tau2 = Rma.tau2(summary.method(), yt, vt, Rma.intercept(k - k0)).value();
            double[] w = Rma.reciprocal(vt, tau2);
            double sw = 0;
            double swy = 0;
            for (int i = 0; i < w.length; i++) {
                sw += w[i];
                swy += w[i] * yt[i];
            }
            centre = swy / sw;
            Integer[] byAbs = new Integer[k];
            for (int i = 0; i < k; i++) {
                byAbs[i] = i;
            }
            double c = centre;
            java.util.Arrays.sort(byAbs, (a, b) -> Double.compare(Math.abs(y[a] - c), Math.abs(y[b] - c)));
            double positiveRanks = 0;
            for (int r = 0; r < k; r++) {
                if (y[byAbs[r]] - c > 0) {
                    positiveRanks += r + 1;
                }
            }
            k0 = (int) Math.max(0, Math.rint((4 * positiveRanks - (double) k * (k + 1)) / (2 * k - 1)));
        }
        boolean converged = k0 == previous;
        List<EffectEstimate> filled = new ArrayList<>();
        for (int j = 0; j < k0; j++) {
            int i = k - k0 + j;
            filled.add(new EffectEstimate("filled " + (j + 1), sign * (2 * centre - y[i]), v[i]));
        }
        List<EffectEstimate> all = new ArrayList<>(effects);
        all.addAll(filled);
        PooledSummary<M> pooled = fit(summary.measure(), all, summary.excluded(), summary.method(), summary.test(),
                summary.confidenceLevel());
        return new TrimAndFill<>(side, k0, filled, pooled, new Convergence("trim-and-fill-l0",
                "k0 repeats, at most 100 iterations", iterations, converged));
    }

    private static <M> PooledSummary<M> fit(M measure, List<EffectEstimate> effects, List<ExcludedStudy> excluded,
            PoolingMethod method, SignificanceTest test, double level) {
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
        double[][] x = Rma.intercept(k);
        Rma.Tau2 estimated = Rma.tau2(method, y, v, x);
        double tau2 = estimated.value();
        double sumWs = 0;
        double sumWsY = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / (v[i] + tau2);
            sumWs += w;
            sumWsY += w * y[i];
        }
        double estimate = sumWsY / sumWs;
        double variance = 1 / sumWs;
        double critical;
        if (test == SignificanceTest.KNAPP_HARTUNG) {
            double rss = 0;
            for (int i = 0; i < k; i++) {
                rss += (y[i] - estimate) * (y[i] - estimate) / (v[i] + tau2);
            }
            if (!(rss > 0)) {
                throw new IllegalArgumentException("every estimate equals the pooled estimate, so the Knapp-Hartung "
                        + "standard error is 0; use the z-test");
            }
            variance *= rss / df;
            critical = StudentT.criticalValue(level, df);
        } else {
            critical = NormalDistribution.criticalValue(level);
        }
        double se = Math.sqrt(variance);
        double statistic = estimate / se;
        double p = test == SignificanceTest.KNAPP_HARTUNG
                ? StudentT.twoSidedTail(statistic, df)
                : ChiSquared.upperTail(statistic * statistic, 1);
        ConfidenceInterval ci = new ConfidenceInterval(estimate - critical * se, estimate + critical * se, level);
        double i2;
        Optional<ConfidenceInterval> pi;
        Optional<HeterogeneityIntervals> intervals = Optional.empty();
        if (method.isRandomEffects()) {
            double typical = df * sumW / (sumW * sumW - sumW2);
            i2 = 100 * tau2 / (tau2 + typical);
            double half = critical * Math.sqrt(se * se + tau2);
            pi = Optional.of(new ConfidenceInterval(estimate - half, estimate + half, level));
            double[] bounds = Rma.qProfile(y, v, x, level);
            if (bounds != null) {
                intervals = Optional.of(new HeterogeneityIntervals(
                        new ConfidenceInterval(bounds[0], bounds[1], level),
                        new ConfidenceInterval(100 * bounds[0] / (bounds[0] + typical),
                                100 * bounds[1] / (bounds[1] + typical), level)));
            }
        } else {
            i2 = q > 0 ? 100 * Math.max(0, (q - df) / q) : 0;
            pi = Optional.empty();
        }
        return new PooledSummary<>(measure, method, test, effects, excluded, estimate, se, ci, statistic, p, tau2,
                estimated.convergence(), q, df, ChiSquared.upperTail(q, df), i2, pi, intervals);
    }
}
