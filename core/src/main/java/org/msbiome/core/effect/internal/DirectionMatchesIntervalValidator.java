package org.msbiome.core.effect.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.ConfidenceInterval;
import org.msbiome.core.effect.Direction;
import org.msbiome.core.effect.DirectionMatchesInterval;

/**
 * Checks {@link DirectionMatchesInterval}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class DirectionMatchesIntervalValidator implements ConstraintValidator<DirectionMatchesInterval, ComparisonResult> {
    /** Creates the validator; called by Hibernate Validator. */
    public DirectionMatchesIntervalValidator() {}

    @Override
    public boolean isValid(@Nullable ComparisonResult result, ConstraintValidatorContext context) {
        if (result == null) {
            return true;
        }
        boolean valid = result.effect()
                .flatMap(e -> e.interval())
                .map(ci -> agrees(result.direction(), ci))
                .orElse(true);
        if (!valid) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("direction")
                    .addConstraintViolation();
        }
        return valid;
    }

    private static boolean agrees(Direction direction, ConfidenceInterval ci) {
        switch (direction) {
            case INCREASED:
                return ci.lower() > 0;
            case DECREASED:
                return ci.upper() < 0;
            default:
                return ci.contains(0);
        }
    }
}
