package org.msbiome.core.preclinical.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Violations;
import org.msbiome.core.preclinical.ConsistentTreatmentTiming;
import org.msbiome.core.preclinical.TreatmentStrategy;
import org.msbiome.core.preclinical.TreatmentTiming;

/**
 * Validates {@link ConsistentTreatmentTiming} on {@link TreatmentTiming}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class ConsistentTreatmentTimingValidator
        implements ConstraintValidator<ConsistentTreatmentTiming, TreatmentTiming> {

    /** Creates the validator. */
    public ConsistentTreatmentTimingValidator() {}

    @Override
    public boolean isValid(@Nullable TreatmentTiming value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context, ConsistentTreatmentTiming.class);
        value.startDay().ifPresent(start -> {
            if (value.strategy() == TreatmentStrategy.PROPHYLACTIC && start > 0) {
                violations.at("prophylacticStart", "startDay");
            } else if (value.strategy() == TreatmentStrategy.THERAPEUTIC && start <= 0) {
                violations.at("therapeuticStart", "startDay");
            }
            value.endDay().filter(end -> end < start).ifPresent(end -> violations.at("endBeforeStart", "endDay"));
        });
        return violations.valid();
    }
}
