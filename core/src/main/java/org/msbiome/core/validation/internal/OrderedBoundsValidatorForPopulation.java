package org.msbiome.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.population.Population;
import org.msbiome.core.validation.OrderedBounds;

/**
 * Validates {@link OrderedBounds} on {@link Population}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class OrderedBoundsValidatorForPopulation implements ConstraintValidator<OrderedBounds, Population> {

    /** Creates the validator. */
    public OrderedBoundsValidatorForPopulation() {}

    @Override
    public boolean isValid(@Nullable Population value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context, OrderedBounds.class);
        if (above(value.minimumEdss(), value.maximumEdss())) {
            violations.at("edss", "maximumEdss");
        }
        if (above(value.minimumAge(), value.maximumAge())) {
            violations.at("age", "maximumAge");
        }
        return violations.valid();
    }

    static <T extends Comparable<? super T>> boolean above(Optional<T> minimum, Optional<T> maximum) {
        return minimum.isPresent() && maximum.isPresent() && minimum.get().compareTo(maximum.get()) > 0;
    }
}
