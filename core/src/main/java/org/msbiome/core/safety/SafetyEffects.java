package org.msbiome.core.safety;

import java.util.Objects;
import org.msbiome.core.effect.ComputedEffect;
import org.msbiome.core.effect.EffectSizes;
import org.msbiome.core.effect.TwoByTwoTable;
import org.msbiome.core.internal.Checks;

/**
 * Effect sizes between two groups on counts of harms (participants with an adverse event, deaths, serious
 * events, withdrawals due to adverse events): the log risk ratio, the log odds ratio and the risk
 * difference, with their sampling variances, computed by {@link EffectSizes} as R metafor's
 * {@code escalc} (metafor 3.8-1, {@code vtype="LS"}).
 *
 * <p>Zero cells are handled as {@code escalc}'s default {@code add = 1/2, to = "only0"}: when any of the
 * four cells is 0, ½ is added to every cell before the estimate and its variance are computed, and the
 * result's {@link org.msbiome.core.effect.Computation#continuityCorrection()} is 0.5; otherwise nothing is
 * added. The first group is the intervention, the second the comparator.
 *
 * @since 0.1.0
 */
public final class SafetyEffects {
    private SafetyEffects() {}

    /**
     * The 2×2 table of participants affected and not affected in two groups.
     *
     * @param treatment the intervention group's counts
     * @param control the comparator group's counts
     * @return the table
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a group lacks the number affected or at risk, or has no
     *     participant at risk
     */
    public static TwoByTwoTable table(GroupCounts treatment, GroupCounts control) {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(control, "control");
        int a = affected(treatment);
        int c = affected(control);
        return new TwoByTwoTable(a, atRisk(treatment) - a, c, atRisk(control) - c);
    }

    /**
     * The log risk ratio of being affected ({@code escalc} "RR").
     *
     * @param treatment the intervention group's counts
     * @param control the comparator group's counts
     * @return the effect
     * @throws IllegalArgumentException as {@link #table(GroupCounts, GroupCounts)}
     */
    public static ComputedEffect logRiskRatio(GroupCounts treatment, GroupCounts control) {
        return EffectSizes.logRiskRatio(table(treatment, control));
    }

    /**
     * The log odds ratio of being affected ({@code escalc} "OR", Woolf's variance).
     *
     * @param treatment the intervention group's counts
     * @param control the comparator group's counts
     * @return the effect
     * @throws IllegalArgumentException as {@link #table(GroupCounts, GroupCounts)}
     */
    public static ComputedEffect logOddsRatio(GroupCounts treatment, GroupCounts control) {
        return EffectSizes.logOddsRatio(table(treatment, control));
    }

    /**
     * The risk difference of being affected ({@code escalc} "RD").
     *
     * @param treatment the intervention group's counts
     * @param control the comparator group's counts
     * @return the effect
     * @throws IllegalArgumentException as {@link #table(GroupCounts, GroupCounts)}
     */
    public static ComputedEffect riskDifference(GroupCounts treatment, GroupCounts control) {
        return EffectSizes.riskDifference(table(treatment, control));
    }

    /**
     * The log risk ratio of withdrawing because of adverse events.
     *
     * @param treatment the intervention group's withdrawals
     * @param control the comparator group's withdrawals
     * @return the effect
     * @throws IllegalArgumentException if a group lacks the number who started, or none started
     */
    public static ComputedEffect withdrawalRiskRatio(Withdrawals treatment, Withdrawals control) {
        return logRiskRatio(treatment.asCounts(), control.asCounts());
    }

    private static int affected(GroupCounts counts) {
        return counts.participantsAffected().orElseThrow(() -> new IllegalArgumentException("group "
                + Checks.quote(counts.group()) + " has no number of participants affected; a 2x2 table needs it"));
    }

    private static int atRisk(GroupCounts counts) {
        int atRisk = counts.participantsAtRisk().orElseThrow(() -> new IllegalArgumentException("group "
                + Checks.quote(counts.group()) + " has no number of participants at risk; a 2x2 table needs it"));
        if (atRisk == 0) {
            throw new IllegalArgumentException("group " + Checks.quote(counts.group())
                    + " has 0 participants at risk; an effect size needs at least one");
        }
        return atRisk;
    }
}
