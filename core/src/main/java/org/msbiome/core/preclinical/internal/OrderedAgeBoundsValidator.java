package org.msbiome.core.preclinical.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Violations;
import org.msbiome.core.preclinical.Animals;
import org.msbiome.core.preclinical.OrderedAgeBounds;

/**
 * Validates {@link OrderedAgeBounds} on {@link Animals}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class OrderedAgeBoundsValidator implements ConstraintValidator<OrderedAgeBounds, Animals> {

    /** Creates the validator. */
    public OrderedAgeBoundsValidator() {}

    @Override
    public boolean isValid(@Nullable Animals value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context, OrderedAgeBounds.class);
        if (value.minimumAgeWeeks().isPresent() && value.maximumAgeWeeks().isPresent()
                && value.minimumAgeWeeks().get() > value.maximumAgeWeeks().get()) {
            violations.at("age", "maximumAgeWeeks");
        }
        return violations.valid();
    }
}
