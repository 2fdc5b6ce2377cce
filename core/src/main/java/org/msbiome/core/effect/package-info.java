/**
 * Group summaries, effect sizes and reported results, computed the way meta-analysis software does.
 *
 * <p>{@link org.msbiome.core.effect.GroupSummary} holds what a paper published for one group (mean and
 * its spread, or median and quartiles). {@link org.msbiome.core.effect.EffectSizes} computes a
 * {@link org.msbiome.core.effect.ComputedEffect} from two groups or a
 * {@link org.msbiome.core.effect.TwoByTwoTable}, reproducing R metafor's {@code escalc}
 * (https://github.com/wviechtb/metafor, {@code R/escalc.r}); each computed effect carries a
 * {@link org.msbiome.core.effect.Computation} that says how it was computed. A
 * {@link org.msbiome.core.effect.ReportedEffect} keeps an effect as a paper gave it, and a
 * {@link org.msbiome.core.effect.ComparisonResult} keeps a whole comparison result, down to "increased, P &lt; 0.05".
 *
 * <p>Effects are on the scale on which they are pooled: differences as they are, ratios as natural
 * logarithms, so the value of no effect is always 0.
 */
@NullMarked
package org.msbiome.core.effect;

import org.jspecify.annotations.NullMarked;
