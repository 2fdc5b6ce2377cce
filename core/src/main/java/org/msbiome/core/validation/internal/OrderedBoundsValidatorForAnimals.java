package org.msbiome.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.preclinical.Animals;
import org.msbiome.core.validation.OrderedBounds;

/**
 * Validates {@link OrderedBounds} on {@link Animals}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class OrderedBoundsValidatorForAnimals implements ConstraintValidator<OrderedBounds, Animals> {

    /** Creates the validator. */
    public OrderedBoundsValidatorForAnimals() {}

    @Override
    public boolean isValid(@Nullable Animals value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context, OrderedBounds.class);
        if (OrderedBoundsValidatorForPopulation.above(value.minimumAgeWeeks(), value.maximumAgeWeeks())) {
            violations.at("age", "maximumAgeWeeks");
        }
        return violations.valid();
    }
}
