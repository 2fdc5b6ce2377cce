package org.msbiome.examples.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.effect.GroupSummary;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.Spread;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.outcome.OutcomeMeasure;
import org.msbiome.core.outcome.StandardMeasure;
import org.msbiome.core.plausibility.Grid;
import org.msbiome.core.plausibility.Plausibility;
import org.msbiome.core.plausibility.PlausibilityFlag;
import org.msbiome.core.plausibility.PublishedDecimal;
import org.msbiome.core.plausibility.Scale;

/**
 * The plausibility checks of {@link Plausibility} run on a finding's group summaries: each group's mean
 * and "±" (an SD, or a spread the paper does not name) against its n and the grid of the outcome's scale.
 *
 * <p>Only outcomes whose grid a source gives are checked: the EDSS, whose steps are multiples of 0.5
 * (Kurtzke 1983; see {@link org.msbiome.core.population.Edss}), so that its scores and their changes from
 * baseline are multiples of 0.5. The questionnaires' ranges and scoring are not verified in the team's
 * sources, so they are not checked. The numbers are read from the documents, where a trailing zero the
 * paper printed is lost; that only widens the rounding interval, so it never raises a flag by itself.
 *
 * <pre>{@code
 * List<FindingPlausibility.Flag> flags = FindingPlausibility.of(catalog.findingsOn(StandardMeasure.EDSS).get(1));
 * // Salami 2019, probiotic arm: sd-looks-like-se: ± 0.04 cannot be an SD ...
 * }</pre>
 */
public final class FindingPlausibility {
    private FindingPlausibility() {}

    /**
     * A flag raised on one group of a finding.
     *
     * @param study the study's label
     * @param group {@code probiotic arm} or {@code comparator arm}
     * @param flag the flag
     */
    public record Flag(String study, String group, PlausibilityFlag flag) {
        /** Checks the components. @throws NullPointerException if a component is null */
        public Flag {
            Objects.requireNonNull(study, "study");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(flag, "flag");
        }

        /** The flag in one line: {@code Salami 2019, probiotic arm: sd-looks-like-se: ...}. @return the line */
        public String describe() {
            return study + ", " + group + ": " + flag.describe();
        }
    }

    /**
     * The scale a source gives for the outcome's scores, when one does.
     *
     * @param measure the outcome's measure
     * @return the scale; empty when no source gives the grid of its scores
     */
    public static Optional<Scale> scaleOf(OutcomeMeasure measure) {
        if (measure == StandardMeasure.EDSS) {
            return Optional.of(Scale.unbounded(Grid.step("0.5")));
        }
        return Optional.empty();
    }

    /**
     * The flags the checks raise on a finding's group summaries; none when its outcome has no known scale,
     * or its groups are not means with an n and an SD or unnamed "±".
     *
     * @param finding the finding
     * @return the flags, probiotic arm first
     */
    public static List<Flag> of(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        List<Flag> flags = new ArrayList<>();
        Optional<Scale> scale = scaleOf(finding.measure());
        if (scale.isEmpty()) {
            return flags;
        }
        check(finding, finding.result().treatment(), "probiotic arm", scale.get(), flags);
        check(finding, finding.result().comparator(), "comparator arm", scale.get(), flags);
        return flags;
    }

    private static void check(Finding finding, Optional<GroupSummary> group, String name, Scale scale, List<Flag> flags) {
        if (group.isEmpty() || !(group.get() instanceof MeanSummary mean) || mean.n().isEmpty() || mean.n().get() < 2) {
            return;
        }
        double plusMinus;
        if (mean.spread() instanceof Spread.Unspecified unspecified) {
            plusMinus = unspecified.value();
        } else if (mean.spread() instanceof Spread.StandardDeviation sd) {
            plusMinus = sd.value();
        } else {
            return;
        }
        List<PlausibilityFlag> raised;
        try {
            raised = Plausibility.check(PublishedDecimal.ofDouble(mean.mean()), PublishedDecimal.ofDouble(plusMinus),
                    mean.n().get(), scale);
        } catch (IllegalArgumentException outOfReach) {
            // numbers the checks cannot speak to (more than 15 digits, n over 10^6, a grid too fine for the
            // mean's decimals): no flag, as for any number the checks find possible
            return;
        }
        for (PlausibilityFlag flag : raised) {
            flags.add(new Flag(finding.study().label(), name, flag));
        }
    }
}
