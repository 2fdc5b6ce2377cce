package org.msbiome.core.evidence;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks that a {@link org.msbiome.core.evidence.GradeAssessment} of evidence from animals
 * ({@link org.msbiome.core.evidence.EvidenceSubjects#ANIMALS}) whose computed certainty is above low has a
 * recorded reason ({@code animalEvidenceRationale}). Reported at {@code animalEvidenceRationale}.
 *
 * <p>Source of the rule: msbiome's policy for questions about people. GRADE defines no rating for animal
 * evidence; such evidence is indirect for a human question, so it is capped at low unless the reviewers
 * say why not.
 *
 * <p>The supported type is {@code GradeAssessment}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = org.msbiome.core.evidence.internal.AnimalEvidenceCertaintyValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(AnimalEvidenceCertainty.List.class)
public @interface AnimalEvidenceCertainty {

    /** The message template. */
    String message() default "{org.msbiome.core.evidence.AnimalEvidenceCertainty.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link AnimalEvidenceCertainty} annotations on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The annotations. */
        AnimalEvidenceCertainty[] value();
    }
}
