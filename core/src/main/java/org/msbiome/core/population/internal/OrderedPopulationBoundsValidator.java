package org.msbiome.core.population.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Violations;
import org.msbiome.core.population.OrderedPopulationBounds;
import org.msbiome.core.population.Population;

/**
 * Validates {@link OrderedPopulationBounds} on {@link Population}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class OrderedPopulationBoundsValidator
        implements ConstraintValidator<OrderedPopulationBounds, Population> {

    /** Creates the validator. */
    public OrderedPopulationBoundsValidator() {}

    @Override
    public boolean isValid(@Nullable Population value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context, OrderedPopulationBounds.class);
        if (above(value.minimumEdss(), value.maximumEdss())) {
            violations.at("edss", "maximumEdss");
        }
        if (value.minimumAge().isPresent() && value.maximumAge().isPresent()
                && org.msbiome.core.population.AgeUnit.above(value.minimumAge().get(),
                        value.minimumAgeIn().orElseThrow(), value.maximumAge().get(), value.maximumAgeIn().orElseThrow())) {
            violations.at("age", "maximumAge");
        }
        return violations.valid();
    }

    private static <T extends Comparable<? super T>> boolean above(Optional<T> minimum, Optional<T> maximum) {
        return minimum.isPresent() && maximum.isPresent() && minimum.get().compareTo(maximum.get()) > 0;
    }
}
