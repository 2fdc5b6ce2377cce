package org.msbiome.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.validation.Probability;

/**
 * Checks {@link Probability}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class ProbabilityValidator implements ConstraintValidator<Probability, Double> {
    /** Creates the validator; called by Hibernate Validator. */
    public ProbabilityValidator() {}

    @Override
    public boolean isValid(@Nullable Double value, ConstraintValidatorContext context) {
        return value == null || (value >= 0 && value <= 1);
    }
}
