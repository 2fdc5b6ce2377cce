package org.msbiome.core.formulation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.NonEmptyFormulation;

/**
 * Checks {@link NonEmptyFormulation}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at any
 * time.
 */
public final class NonEmptyFormulationValidator implements ConstraintValidator<NonEmptyFormulation, Formulation> {
    /** Creates the validator; Hibernate Validator calls this constructor. */
    public NonEmptyFormulationValidator() {}

    @Override
    public boolean isValid(@Nullable Formulation formulation, ConstraintValidatorContext context) {
        if (formulation == null || !formulation.components().isEmpty()
                || !formulation.prebioticIngredients().isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("components")
                .addConstraintViolation();
        return false;
    }
}
