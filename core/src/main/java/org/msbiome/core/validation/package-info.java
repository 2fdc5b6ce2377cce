/**
 * Public Bean Validation constraints of the msbiome vocabulary, and {@link
 * org.msbiome.core.validation.MsbiomeValidation}, the way to get a validator configured for them.
 *
 * <p>Each constraint checks one rule that depends on context (a rule that no valid value can ever
 * break is enforced by the type's constructor instead). Messages are short, lower-case, and use
 * {@code {param}} placeholders only; their texts are in {@code ContributorValidationMessages.properties}
 * at the root of the jar, under the key {@code <annotation class name>.message}.
 */
@NullMarked
package org.msbiome.core.validation;

import org.jspecify.annotations.NullMarked;
