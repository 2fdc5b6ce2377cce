package org.msbiome.core.evidence.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.evidence.AnimalEvidenceCertainty;
import org.msbiome.core.evidence.EvidenceSubjects;
import org.msbiome.core.evidence.GradeAssessment;
import org.msbiome.core.evidence.GradeCertainty;

/**
 * Validates {@link AnimalEvidenceCertainty} on a {@link GradeAssessment}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class AnimalEvidenceCertaintyValidator
        implements ConstraintValidator<AnimalEvidenceCertainty, GradeAssessment> {

    /** Creates the validator (Hibernate Validator calls this). */
    public AnimalEvidenceCertaintyValidator() {}

    @Override
    public boolean isValid(@Nullable GradeAssessment value, ConstraintValidatorContext context) {
        if (value == null
                || value.subjects() != EvidenceSubjects.ANIMALS
                || value.certainty().rank() <= GradeCertainty.LOW.rank()
                || value.animalEvidenceRationale().isPresent()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("animalEvidenceRationale")
                .addConstraintViolation();
        return false;
    }
}
