package org.msbiome.examples.summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.effect.ComputedEffect;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.effect.EffectSize;
import org.msbiome.core.effect.EffectSizes;
import org.msbiome.core.effect.GroupSummary;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.Spread;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.StudyDesign;
import org.msbiome.core.evidence.synthesis.ExcludedStudy;
import org.msbiome.core.evidence.synthesis.MetaAnalysis;
import org.msbiome.core.evidence.synthesis.PooledSummary;
import org.msbiome.core.evidence.synthesis.PoolingMethod;
import org.msbiome.core.evidence.synthesis.PoolingOptions;
import org.msbiome.core.evidence.synthesis.StudyEffect;
import org.msbiome.core.outcome.OutcomeMeasure;
import org.msbiome.examples.catalog.PublishedPooledResult;
import org.msbiome.examples.plot.ForestPlot;

/**
 * The evidence for one outcome: each study's effect (or why it has none), the pooled estimate with its
 * heterogeneity when at least two studies can be pooled, and the published pooled results for comparison;
 * as a text table and as a forest plot.
 *
 * <p>Findings published as group means "± x" without saying whether x is an SD or an SE get an effect size
 * only when {@code assumeSd} is set, and the assumption is then recorded in the effect's computation and
 * said in the output. Retracted studies are left out of the pooled estimate by {@link MetaAnalysis}, and
 * listed.
 *
 * @param outcome the outcome
 * @param measure the effect measure computed for findings with group summaries
 * @param method the pooling method
 * @param assumeSd whether an unstated "±" is taken to be an SD
 * @param rows one row per finding, in input order
 * @param pooled the pooled estimate, when at least two studies could be pooled
 * @param whyNotPooled why there is no pooled estimate, when there is none
 * @param published the published pooled results on the outcome
 * @param arms the arms compared, as the studies label them
 */
public record EvidenceSummary(
        OutcomeMeasure outcome,
        EffectMeasure measure,
        PoolingMethod method,
        boolean assumeSd,
        List<StudyRow> rows,
        Optional<PooledSummary<EffectMeasure>> pooled,
        Optional<String> whyNotPooled,
        List<PublishedPooledResult> published,
        Arms arms) {

    /** Checks the components. @throws NullPointerException if a component is null */
    public EvidenceSummary {
        Objects.requireNonNull(arms, "arms");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(method, "method");
        rows = List.copyOf(rows);
        Objects.requireNonNull(pooled, "pooled");
        Objects.requireNonNull(whyNotPooled, "whyNotPooled");
        published = List.copyOf(published);
    }

    /**
     * One study's row.
     *
     * @param label the study's label
     * @param effect its effect size, when it has or could be given one
     * @param weightPercent its weight in the pooled estimate, when pooled
     * @param status {@code pooled}, or why it is not
     * @param flags what the plausibility checks raised on its group summaries ({@link FindingPlausibility})
     */
    public record StudyRow(String label, Optional<EffectSize> effect, Optional<Double> weightPercent, String status,
            List<FindingPlausibility.Flag> flags) {
        /** Checks the components. @throws NullPointerException if a component is null */
        public StudyRow {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(effect, "effect");
            Objects.requireNonNull(weightPercent, "weightPercent");
            Objects.requireNonNull(status, "status");
            flags = List.copyOf(flags);
        }
    }

    /**
     * The arms compared, as the studies label them ({@code probiotic}, {@code placebo}): the distinct labels of
     * the intervention arms and of the comparator arms, each joined by {@code " / "}. A study whose design
     * has no arm for the finding gives its intervention's name, or the comparison ({@code placebo},
     * {@code control group}, {@code healthy controls}).
     *
     * @param intervention the intervention arm(s)
     * @param comparator the comparator arm(s)
     */
    public record Arms(String intervention, String comparator) {
        /** Checks the components. @throws NullPointerException if a component is null */
        public Arms {
            Objects.requireNonNull(intervention, "intervention");
            Objects.requireNonNull(comparator, "comparator");
        }

        static Arms of(List<Finding> findings) {
            List<Finding> between = findings.stream().filter(f -> f.result().comparison().isBetweenGroups()).toList();
            Set<String> interventions = new LinkedHashSet<>();
            Set<String> comparators = new LinkedHashSet<>();
            for (Finding f : between.isEmpty() ? findings : between) {
                String[] labels = labels(f);
                interventions.add(labels[0]);
                comparators.add(labels[1]);
            }
            return new Arms(interventions.isEmpty() ? "intervention" : String.join(" / ", interventions),
                    comparators.isEmpty() ? "comparator" : String.join(" / ", comparators));
        }

        private static String[] labels(Finding f) {
            String name = f.intervention().name();
            String intervention = name;
            String comparator = switch (f.result().comparison()) {
                case VS_PLACEBO -> "placebo";
                case VS_CONTROL_GROUP -> "control group";
                case VS_HEALTHY_CONTROLS -> "healthy controls";
                case VS_BASELINE -> "baseline";
                case NOT_STATED -> "comparator not stated";
            };
            if (f.study().design() instanceof StudyDesign.Clinical clinical) {
                List<Arm> armList = clinical.trial().arms();
                Optional<Arm> own = armList.stream().filter(a -> a.interventionNames().contains(name)).findFirst();
                if (own.isPresent()) {
                    intervention = own.get().label();
                }
                Optional<Arm> other = switch (f.result().comparison()) {
                    case VS_PLACEBO -> armList.stream().filter(a -> a.type() == ArmType.PLACEBO_COMPARATOR).findFirst();
                    case VS_CONTROL_GROUP -> armList.stream().filter(a -> !own.equals(Optional.of(a))
                            && a.type() != ArmType.EXPERIMENTAL && a.type() != ArmType.PLACEBO_COMPARATOR).findFirst();
                    default -> Optional.empty();
                };
                if (other.isPresent()) {
                    comparator = other.get().label();
                }
            }
            return new String[] {intervention, comparator};
        }
    }

    /**
     * Summarises the findings on one outcome.
     *
     * @param outcome the outcome
     * @param findings the findings on it, one per study
     * @param measure {@link EffectMeasure#MEAN_DIFFERENCE} or {@link EffectMeasure#STANDARDIZED_MEAN_DIFFERENCE}
     * @param method how to pool
     * @param assumeSd whether an unstated "±" is taken to be an SD
     * @param published published pooled results on the outcome
     * @return the summary
     * @throws IllegalArgumentException if the measure is neither MD nor SMD, or a finding is on another outcome
     */
    public static EvidenceSummary of(OutcomeMeasure outcome, List<Finding> findings, EffectMeasure measure,
            PoolingMethod method, boolean assumeSd, List<PublishedPooledResult> published) {
        return of(outcome, findings, measure, method, PoolingOptions.defaults(), assumeSd, published);
    }

    /**
     * Summarises the findings on one outcome with pooling options (the significance test, the level).
     *
     * @param outcome the outcome
     * @param findings the findings on it, one per study
     * @param measure {@link EffectMeasure#MEAN_DIFFERENCE} or {@link EffectMeasure#STANDARDIZED_MEAN_DIFFERENCE}
     * @param method how to pool
     * @param options the pooling options, like {@code PoolingOptions.defaults().withKnappHartung()}
     * @param assumeSd whether an unstated "±" is taken to be an SD
     * @param published published pooled results on the outcome
     * @return the summary
     * @throws IllegalArgumentException if the measure is neither MD nor SMD, or a finding is on another outcome
     */
    public static EvidenceSummary of(OutcomeMeasure outcome, List<Finding> findings, EffectMeasure measure,
            PoolingMethod method, PoolingOptions options, boolean assumeSd, List<PublishedPooledResult> published) {
        if (measure != EffectMeasure.MEAN_DIFFERENCE && measure != EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE) {
            throw new IllegalArgumentException("measure " + measure.code() + " is not supported; expected MD or SMD");
        }
        List<Finding> withEffects = new ArrayList<>();
        List<String> status = new ArrayList<>();
        for (Finding finding : findings) {
            if (!finding.measure().equals(outcome)) {
                throw new IllegalArgumentException("finding of '" + finding.study().label() + "' is on "
                        + finding.measure().title() + ", not on " + outcome.title());
            }
            Finding adapted = finding;
            String why = "";
            if (!finding.result().comparison().isBetweenGroups()) {
                why = finding.result().comparison() == Comparison.VS_BASELINE
                        ? "not pooled: a change from baseline within the probiotic arm, not a comparison between groups"
                        : "not pooled: the source names no comparator, so it is not known to compare groups";
            } else if (finding.effect().isEmpty()) {
                Optional<MeanSummary[]> groups = groups(finding);
                if (groups.isEmpty()) {
                    why = "not pooled: published as a direction" + finding.result().pValue().map(p -> " and " + p).orElse("")
                            + " only";
                } else if (groups.get()[0].n().isEmpty() || groups.get()[1].n().isEmpty()) {
                    why = "not pooled: the group sizes of the analysis are not given";
                } else if (unstated(groups.get()) && !assumeSd) {
                    why = "not pooled: '±' is not stated to be an SD or an SE (use --assume-sd)";
                } else {
                    adapted = finding.withResult(finding.result().withEffect(effect(groups.get(), measure)));
                }
            } else if (finding.effect().get().measure() != measure) {
                why = "not pooled: its published effect is a " + finding.effect().get().measure().code();
            }
            if (finding.study().isRetracted()) {
                why = "left out: " + finding.study().primaryCitation().label() + ": "
                        + finding.study().retraction().orElseThrow().describe();
            }
            status.add(why);
            withEffects.add(adapted);
        }
        List<Finding> toPool = new ArrayList<>();
        for (int i = 0; i < withEffects.size(); i++) {
            Finding f = withEffects.get(i);
            if (status.get(i).isEmpty() || f.study().isRetracted()) {
                toPool.add(f);
            }
        }
        Optional<PooledSummary<EffectMeasure>> pooled = Optional.empty();
        Optional<String> whyNot = Optional.empty();
        long poolable = toPool.stream().filter(f -> !f.study().isRetracted()).count();
        if (poolable >= 2) {
            pooled = Optional.of(MetaAnalysis.poolFindings(toPool, method, options));
        } else {
            whyNot = Optional.of(poolable + " of " + findings.size()
                    + (findings.size() == 1 ? " study has" : " studies have") + " an effect size to pool; at least 2 are needed");
        }
        List<StudyRow> rows = new ArrayList<>();
        for (int i = 0; i < withEffects.size(); i++) {
            Finding f = withEffects.get(i);
            Optional<Double> weight = Optional.empty();
            String s = status.get(i);
            if (pooled.isPresent() && pooled.get().included().contains(f.study().label())) {
                weight = Optional.of(weightPercent(f, toPool, pooled.get()));
                s = "pooled";
            } else if (s.isEmpty()) {
                s = "not pooled";
            }
            rows.add(new StudyRow(f.study().label(), f.effect(), weight, s, FindingPlausibility.of(f)));
        }
        return new EvidenceSummary(outcome, measure, method, assumeSd, rows, pooled, whyNot, published,
                Arms.of(findings));
    }

    private static double weightPercent(Finding finding, List<Finding> pooled, PooledSummary<EffectMeasure> summary) {
        double total = 0;
        double own = 0;
        for (Finding f : pooled) {
            if (!summary.included().contains(f.study().label())) {
                continue;
            }
            double w = 1 / (StudyEffect.ofFinding(f).variance() + summary.tau2());
            total += w;
            if (f.study().label().equals(finding.study().label())) {
                own = w;
            }
        }
        return 100 * own / total;
    }

    private static ComputedEffect effect(MeanSummary[] groups, EffectMeasure measure) {
        boolean unstated = unstated(groups);
        if (measure == EffectMeasure.MEAN_DIFFERENCE) {
            return unstated ? EffectSizes.meanDifferenceAssumingPlusMinusIsSd(groups[0], groups[1])
                    : EffectSizes.meanDifference(groups[0], groups[1]);
        }
        return unstated ? EffectSizes.standardizedMeanDifferenceAssumingPlusMinusIsSd(groups[0], groups[1])
                : EffectSizes.standardizedMeanDifference(groups[0], groups[1]);
    }

    private static boolean unstated(MeanSummary[] groups) {
        return groups[0].spread() instanceof Spread.Unspecified || groups[1].spread() instanceof Spread.Unspecified;
    }

    private static Optional<MeanSummary[]> groups(Finding finding) {
        Optional<GroupSummary> t = finding.result().treatment();
        Optional<GroupSummary> c = finding.result().comparator();
        if (t.isPresent() && c.isPresent() && t.get() instanceof MeanSummary mt && c.get() instanceof MeanSummary mc) {
            return Optional.of(new MeanSummary[] {mt, mc});
        }
        return Optional.empty();
    }

    /** The measure's name for people: {@code mean difference}. @return the name */
    public String measureName() {
        return measure == EffectMeasure.MEAN_DIFFERENCE ? "mean difference" : "standardized mean difference (Hedges' g)";
    }

    /**
     * The summary as text: a table of studies and effects, the pooled estimate and heterogeneity, and the
     * published pooled results.
     *
     * @return the lines
     */
    public List<String> toText() {
        List<String> lines = new ArrayList<>();
        lines.add("Evidence for " + outcome.title() + ": " + rows.size() + (rows.size() == 1 ? " study" : " studies")
                + ", effect as " + measureName() + " (" + arms.intervention() + " − " + arms.comparator() + ")");
        if (assumeSd) {
            lines.add("ASSUMPTION: each unstated '±' is taken to be an SD (the sources do not say); recorded in each effect");
        }
        lines.add(String.format(Locale.ROOT, "  %-22s %-26s %7s  %s", "study", "effect [95% CI]", "weight", "status"));
        for (StudyRow row : rows) {
            String effect = row.effect().map(e -> e.interval()
                    .map(ci -> ForestPlot.interval(e.estimate(), ci.lower(), ci.upper()))
                    .orElse(String.format(Locale.ROOT, "%.2f", e.estimate()))).orElse("—");
            String weight = row.weightPercent().map(w -> String.format(Locale.ROOT, "%.1f%%", w)).orElse("");
            lines.add(String.format(Locale.ROOT, "  %-22s %-26s %7s  %s", row.label(), effect, weight, row.status()));
        }
        List<FindingPlausibility.Flag> flags = rows.stream().flatMap(r -> r.flags().stream()).toList();
        if (!flags.isEmpty()) {
            lines.add("PLAUSIBILITY: " + flags.size() + (flags.size() == 1 ? " flag" : " flags")
                    + " on the reported statistics (a flag is not a verdict; it says what it assumed):");
            flags.forEach(f -> lines.add("  † " + f.describe()));
        }
        if (pooled.isPresent()) {
            PooledSummary<EffectMeasure> p = pooled.get();
            lines.add(String.format(Locale.ROOT, "Pooled (%s, %d studies): %s, SE %.3f", p.method().code(), p.studies(),
                    ForestPlot.interval(p.estimate(), p.confidenceInterval().lower(), p.confidenceInterval().upper()),
                    p.standardError()));
            lines.add(String.format(Locale.ROOT, "Heterogeneity: Q = %.2f (df = %d), I² = %.1f%%%s%s", p.q(),
                    p.degreesOfFreedom(), p.i2(), p.method().isRandomEffects()
                            ? String.format(Locale.ROOT, ", τ² = %.4f", p.tau2()) : " (fixed effect: no τ²)",
                    p.predictionInterval()
                            .map(pi -> String.format(Locale.ROOT, "; prediction interval [%.2f, %.2f]", pi.lower(),
                                    pi.upper()))
                            .orElse("")));
            for (ExcludedStudy excluded : p.excluded()) {
                lines.add("Left out: " + excluded.study() + " (" + excluded.reason().code() + ": " + excluded.explanation() + ")");
            }
        } else {
            lines.add("No pooled estimate: " + whyNotPooled.orElseThrow());
        }
        for (PublishedPooledResult r : published) {
            lines.add("Published: " + r.label() + " " + r.measure().code() + " "
                    + ForestPlot.interval(r.estimate(), r.interval().lower(), r.interval().upper())
                    + r.i2().map(i -> String.format(Locale.ROOT, ", I² %.0f%%", i)).orElse("")
                    + " (doi:" + r.citation().doi().map(Object::toString).orElse("?") + ")");
        }
        return lines;
    }

    /**
     * Whether {@link #toForestPlot()} has something to draw: a study's effect with its interval, or a
     * published result of the same measure.
     *
     * @return true when there is something to draw
     */
    public boolean drawable() {
        return rows.stream().anyMatch(r -> r.effect().flatMap(EffectSize::interval).isPresent())
                || published.stream().anyMatch(p -> p.measure() == measure);
    }

    /**
     * The forest plot: studies with an effect, the pooled diamond, published results of the same measure,
     * and text rows for the rest.
     *
     * @return the plot
     * @throws IllegalArgumentException if nothing can be drawn
     */
    public ForestPlot toForestPlot() {
        ForestPlot.Builder plot = ForestPlot.builder(outcome.title() + ": " + arms.intervention() + " vs "
                + arms.comparator(), measureName() + ", " + arms.intervention() + " − " + arms.comparator() + " (95% CI)");
        if (assumeSd) {
            plot.note("Assumption: each unstated '±' is taken to be an SD (the sources do not say).");
        }
        pooled.ifPresent(p -> plot.note("Pooled by " + methodName(p.method()) + String.format(Locale.ROOT,
                "; I² = %.0f%%%s, Q = %.1f (df %d)", p.i2(), p.method().isRandomEffects()
                        ? String.format(Locale.ROOT, ", τ² = %.3f", p.tau2()) : "", p.q(), p.degreesOfFreedom())
                + (p.excluded().isEmpty() ? "" : "; left out: " + String.join(", ",
                        p.excluded().stream().map(e -> e.study() + " (" + e.reason().code() + ")").toList()))));
        if (rows.stream().anyMatch(r -> !r.flags().isEmpty())) {
            plot.note("† reported statistics flagged by a plausibility check: " + String.join("; ", rows.stream()
                    .flatMap(r -> r.flags().stream())
                    .map(f -> f.study() + ", " + f.group() + ": " + f.flag().check().code()).toList()));
        }
        Optional<OutcomeDirection> direction = OutcomeDirection.of(outcome);
        if (direction.isEmpty()) {
            plot.note("Which arm is favoured is not drawn: no source bundled here says whether a lower or a higher "
                    + outcome.title() + " is better.");
            plot.favours(arms.intervention() + " lower", arms.intervention() + " higher");
        } else if (direction.get() == OutcomeDirection.LOWER_IS_BETTER) {
            plot.favours("favours " + arms.intervention(), "favours " + arms.comparator());
        } else {
            plot.favours("favours " + arms.comparator(), "favours " + arms.intervention());
        }
        for (StudyRow row : rows) {
            Optional<EffectSize> effect = row.effect();
            String label = row.flags().isEmpty() ? row.label() : row.label() + " †";
            if (row.weightPercent().isPresent() && effect.isPresent() && effect.get().interval().isPresent()) {
                plot.study(label, effect.get().estimate(), effect.get().interval().get().lower(),
                        effect.get().interval().get().upper(), row.weightPercent().get());
            } else if (effect.isPresent() && effect.get().interval().isPresent() && pooled.isEmpty()) {
                plot.unpooledStudy(label, effect.get().estimate(), effect.get().interval().get().lower(),
                        effect.get().interval().get().upper());
            } else {
                plot.text(label, row.status());
            }
        }
        pooled.ifPresent(p -> plot.pooled("Pooled (" + p.method().code() + ")", p.estimate(),
                p.confidenceInterval().lower(), p.confidenceInterval().upper(),
                p.predictionInterval().map(pi -> new double[] {pi.lower(), pi.upper()})));
        for (PublishedPooledResult r : published) {
            if (r.measure() == measure) {
                plot.published(r.label() + " (published)", r.estimate(), r.interval().lower(), r.interval().upper());
            } else {
                plot.text(r.label() + " (published)", r.measure().code() + " " + ForestPlot.interval(r.estimate(),
                        r.interval().lower(), r.interval().upper()) + ": another measure");
            }
        }
        return plot.build();
    }

    static String methodName(PoolingMethod method) {
        return switch (method) {
            case FIXED_EFFECT -> "fixed effect (inverse variance)";
            case DERSIMONIAN_LAIRD -> "random effects (DerSimonian–Laird)";
            case REML -> "random effects (REML)";
            case HUNTER_SCHMIDT -> "random effects (Hunter–Schmidt)";
            case HEDGES -> "random effects (Hedges)";
            case SIDIK_JONKMAN -> "random effects (Sidik–Jonkman)";
            case ML -> "random effects (maximum likelihood)";
            case EMPIRICAL_BAYES -> "random effects (empirical Bayes)";
            case PAULE_MANDEL -> "random effects (Paule–Mandel)";
        };
    }
}
