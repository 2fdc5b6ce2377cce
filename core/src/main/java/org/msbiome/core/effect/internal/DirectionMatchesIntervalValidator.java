package org.msbiome.core.effect.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
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
        // Without lambdas: this runs for every comparison read or written.
        boolean valid = true;
        if (result.effect().isPresent()) {
            Optional<ConfidenceInterval> interval = result.effect().get().interval();
            valid = interval.isEmpty() || agrees(result.direction(), interval.get());
        }
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
