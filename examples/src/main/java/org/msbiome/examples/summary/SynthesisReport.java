package org.msbiome.examples.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msbiome.core.evidence.synthesis.EffectEstimate;
import org.msbiome.core.evidence.synthesis.EggerModel;
import org.msbiome.core.evidence.synthesis.EggerTest;
import org.msbiome.core.evidence.synthesis.LeaveOneOut;
import org.msbiome.core.evidence.synthesis.MetaAnalysis;
import org.msbiome.core.evidence.synthesis.PooledSummary;
import org.msbiome.core.evidence.synthesis.SignificanceTest;
import org.msbiome.core.evidence.synthesis.TrimAndFill;
import org.msbiome.examples.plot.FunnelPlot;

/**
 * What {@code summarize} prints about a pooling beyond the estimate and Q, I², τ²: the test and its p-value,
 * the heterogeneity test (QEp), the Q-profile intervals of τ² and I², how τ² was found, Egger's test, and,
 * on request, leave-one-out, trim-and-fill and a funnel plot. Analyses that need more studies than were
 * pooled say so instead of failing.
 */
public final class SynthesisReport {
    private SynthesisReport() {}

    /**
     * The test, QEp, heterogeneity intervals, convergence and Egger's test.
     *
     * @param p the pooling
     * @return the lines
     */
    public static List<String> details(PooledSummary<?> p) {
        List<String> lines = new ArrayList<>();
        boolean knha = p.test() == SignificanceTest.KNAPP_HARTUNG;
        lines.add(String.format(Locale.ROOT, "Test: %s, %s = %.3f, p = %s; CI %s", knha
                ? "Knapp–Hartung (t, df = " + p.degreesOfFreedom() + ")" : "z", knha ? "t" : "z", p.statistic(),
                pValue(p.pValue()), knha ? "from t(k − 1), adjusted SE" : "Wald, normal quantile"));
        lines.add(String.format(Locale.ROOT, "Test for heterogeneity: Q = %.2f (df = %d), p = %s", p.q(),
                p.degreesOfFreedom(), pValue(p.qPValue())));
        p.heterogeneityIntervals().ifPresent(h -> lines.add(String.format(Locale.ROOT,
                "%.0f%% CI (Q-profile): τ² [%.4f, %.4f], I² [%.1f%%, %.1f%%]", 100 * h.tau2().level(),
                h.tau2().lower(), h.tau2().upper(), h.i2().lower(), h.i2().upper())));
        if (p.method().isRandomEffects() && p.heterogeneityIntervals().isEmpty()) {
            lines.add("CI of τ² (Q-profile): upper bound beyond 100, not given");
        }
        if (p.method().isRandomEffects()) {
            lines.add("τ² estimator " + p.method().code() + ": " + p.convergence().algorithm()
                    + (p.convergence().iterations() > 0 ? ", " + p.convergence().iterations()
                            + (p.convergence().iterations() == 1 ? " iteration" : " iterations") : "")
                    + (p.convergence().converged() ? "" : ", DID NOT CONVERGE (" + p.convergence().criterion() + ")"));
        } else {
            lines.add("Fixed effect: no τ² is estimated");
        }
        if (p.studies() < 3) {
            lines.add("Egger's test: needs at least 3 studies; " + p.studies() + " pooled");
        } else {
            for (EggerModel model : EggerModel.values()) {
                EggerTest egger = MetaAnalysis.eggerTest(p, model);
                lines.add(String.format(Locale.ROOT, "Egger's test (%s): %s = %.3f%s, p = %s; limit estimate %.3f",
                        model.code(), egger.degreesOfFreedom().isPresent() ? "t" : "z", egger.statistic(),
                        egger.degreesOfFreedom().map(df -> " (df = " + df + ")").orElse(""), pValue(egger.pValue()),
                        egger.limitEstimate()));
            }
        }
        return lines;
    }

    /**
     * Leave-one-out: the estimate, its interval and τ² without each study.
     *
     * @param p the pooling
     * @return the lines
     */
    public static List<String> leaveOneOut(PooledSummary<?> p) {
        if (p.studies() < 3) {
            return List.of("Leave-one-out: needs at least 3 studies; " + p.studies() + " pooled");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Leave-one-out (" + p.method().code() + "):");
        // a fixed-effect model estimates no τ²: its column is left out rather than filled with zeros
        boolean tau2 = p.method().isRandomEffects();
        lines.add(tau2 ? String.format(Locale.ROOT, "  %-22s %9s %22s %9s %8s", "omitted", "estimate", "CI", "τ²", "I²")
                : String.format(Locale.ROOT, "  %-22s %9s %22s %8s", "omitted", "estimate", "CI", "I²"));
        for (LeaveOneOut<?> row : MetaAnalysis.leaveOneOut(p)) {
            PooledSummary<?> s = row.summary();
            lines.add(String.format(Locale.ROOT, "  %-22s %9.4f [%9.4f, %9.4f]%s %7.1f%%", row.omitted(), s.estimate(),
                    s.confidenceInterval().lower(), s.confidenceInterval().upper(),
                    tau2 ? String.format(Locale.ROOT, " %9.4f", s.tau2()) : "", s.i2()));
        }
        return lines;
    }

    /**
     * Trim-and-fill: side, k0 and the filled estimate.
     *
     * @param p the pooling
     * @return the lines
     */
    public static List<String> trimAndFill(PooledSummary<?> p) {
        if (p.studies() < 3) {
            return List.of("Trim-and-fill: needs at least 3 studies; " + p.studies() + " pooled");
        }
        TrimAndFill<?> t = MetaAnalysis.trimAndFill(p);
        PooledSummary<?> s = t.summary();
        return List.of(String.format(Locale.ROOT,
                "Trim-and-fill (%s, side %s): %d missing; filled estimate %.4f [%.4f, %.4f] from %d studies%s",
                t.estimator(), t.side().code(), t.missing(), s.estimate(), s.confidenceInterval().lower(),
                s.confidenceInterval().upper(), s.studies(), t.convergence().converged() ? "" : " (DID NOT CONVERGE)"));
    }

    /**
     * The funnel plot of a pooling, with the studies trim-and-fill imputes when asked and possible.
     *
     * @param title the title
     * @param axisLabel the x-axis label
     * @param p the pooling
     * @param withTrimAndFill whether to add the imputed studies (needs 3 studies)
     * @return the plot
     */
    public static FunnelPlot funnel(String title, String axisLabel, PooledSummary<?> p, boolean withTrimAndFill) {
        List<FunnelPlot.Point> points = new ArrayList<>();
        for (EffectEstimate e : p.effects()) {
            points.add(new FunnelPlot.Point(e.study(), e.estimate(), e.standardError(), false));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Pooled by " + EvidenceSummary.methodName(p.method()) + String.format(Locale.ROOT, ": %.3f", p.estimate()));
        double centre = p.estimate();
        if (withTrimAndFill && p.studies() >= 3) {
            TrimAndFill<?> t = MetaAnalysis.trimAndFill(p);
            for (EffectEstimate e : t.filled()) {
                points.add(new FunnelPlot.Point(e.study(), e.estimate(), e.standardError(), true));
            }
            notes.add(String.format(Locale.ROOT, "Trim-and-fill (L0, side %s): %d imputed; filled estimate %.3f",
                    t.side().code(), t.missing(), t.summary().estimate()));
            centre = t.summary().estimate();
        }
        return new FunnelPlot(title, axisLabel, notes, centre, p.confidenceInterval().normalCriticalValue(), points);
    }

    private static String pValue(double p) {
        return p < 1e-4 ? String.format(Locale.ROOT, "%.2e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}
