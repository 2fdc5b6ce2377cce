package org.msbiome.core.design.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.design.ConsistentMasking;
import org.msbiome.core.design.Masking;
import org.msbiome.core.design.MaskingInfo;
import org.msbiome.core.internal.Violations;

/**
 * Validates {@link ConsistentMasking} on {@link MaskingInfo}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class ConsistentMaskingValidator implements ConstraintValidator<ConsistentMasking, MaskingInfo> {

    /** Creates the validator. */
    public ConsistentMaskingValidator() {}

    @Override
    public boolean isValid(@Nullable MaskingInfo value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context, ConsistentMasking.class);
        if (value.masking() == Masking.NONE && !value.whoMasked().isEmpty()) {
            violations.at("openLabelMasksNobody", "whoMasked");
        }
        return violations.valid();
    }
}
