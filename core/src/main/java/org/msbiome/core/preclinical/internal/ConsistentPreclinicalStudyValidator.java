package org.msbiome.core.preclinical.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Violations;
import org.msbiome.core.preclinical.ConsistentPreclinicalStudy;
import org.msbiome.core.preclinical.PreclinicalStudy;

/**
 * Validates {@link ConsistentPreclinicalStudy} on {@link PreclinicalStudy}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class ConsistentPreclinicalStudyValidator
        implements ConstraintValidator<ConsistentPreclinicalStudy, PreclinicalStudy> {

    /** Creates the validator. */
    public ConsistentPreclinicalStudyValidator() {}

    @Override
    public boolean isValid(@Nullable PreclinicalStudy value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context, ConsistentPreclinicalStudy.class);
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < value.groups().size(); i++) {
            if (!labels.add(value.groups().get(i).label())) {
                violations.atElement("duplicateGroupLabel", "groups", i, "label");
            }
        }
        return violations.valid();
    }
}
