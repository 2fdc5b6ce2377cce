package org.msbiome.core.effect.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.effect.EffectSize;
import org.msbiome.core.effect.EstimateWithinInterval;

/**
 * Checks {@link EstimateWithinInterval}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class EstimateWithinIntervalValidator implements ConstraintValidator<EstimateWithinInterval, EffectSize> {
    /** Creates the validator; called by Hibernate Validator. */
    public EstimateWithinIntervalValidator() {}

    @Override
    public boolean isValid(@Nullable EffectSize effect, ConstraintValidatorContext context) {
        if (effect == null) {
            return true;
        }
        boolean valid = effect.interval().map(ci -> ci.contains(effect.estimate())).orElse(true);
        if (!valid) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("confidenceInterval")
                    .addConstraintViolation();
        }
        return valid;
    }
}
