package org.msbiome.core.preclinical.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Violations;
import org.msbiome.core.preclinical.ClinicalScore;
import org.msbiome.core.preclinical.ScoreOnScale;

/**
 * Validates {@link ScoreOnScale} on {@link ClinicalScore}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class ScoreOnScaleValidator implements ConstraintValidator<ScoreOnScale, ClinicalScore> {

    /** Creates the validator. */
    public ScoreOnScaleValidator() {}

    @Override
    public boolean isValid(@Nullable ClinicalScore value, ConstraintValidatorContext context) {
        if (value == null || value.scale().contains(value.value())) {
            return true;
        }
        new Violations(context, ScoreOnScale.class).at("offScale", "value");
        return false;
    }
}
