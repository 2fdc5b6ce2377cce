/**
 * How much of which organism, in what product: {@link org.msbiome.core.formulation.CfuAmount} (an exact
 * count of colony-forming units, UCUM code {@code [CFU]}), {@link org.msbiome.core.formulation.Strength}
 * (an amount per capsule, sachet, gram or millilitre), {@link org.msbiome.core.formulation.Dose} and its
 * {@link org.msbiome.core.formulation.DailyDose}, and {@link org.msbiome.core.formulation.Formulation}, a
 * product with its components.
 *
 * <p>A daily dose is computed only from what the description gives; when a fact is missing (the capsule
 * mass, the number of capsules a day) it is {@link org.msbiome.core.formulation.DailyDose.Unknown unknown},
 * naming the missing facts, rather than guessed.
 */
@NullMarked
package org.msbiome.core.formulation;

import org.jspecify.annotations.NullMarked;
