/**
 * {@link org.msbiome.core.validation.MsbiomeValidation}, the way to get a validator configured for the
 * msbiome constraints, and the few constraints that are generic (not about one concept):
 * {@link org.msbiome.core.validation.Probability}.
 *
 * <p>A constraint that checks one concept lives in that concept's package, beside the type it guards
 * (for example {@link org.msbiome.core.formulation.ConsistentFormulationKind} on
 * {@link org.msbiome.core.formulation.Formulation}); its validator is in the concept's non-exported
 * {@code internal} package. Each constraint checks one rule that depends on context (a rule that no valid
 * value can ever break is enforced by the type's constructor instead). Messages are short, lower-case, and
 * use {@code {param}} placeholders only; their texts are in {@code ContributorValidationMessages.properties}
 * at the root of the jar, under the key {@code <annotation class name>.message} (and
 * {@code <annotation class name>.<rule>} for each rule of a cross-field constraint).
 */
@NullMarked
package org.msbiome.core.validation;

import org.jspecify.annotations.NullMarked;
