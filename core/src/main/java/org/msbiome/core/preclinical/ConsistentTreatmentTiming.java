package org.msbiome.core.preclinical;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Checks that a {@link org.msbiome.core.preclinical.TreatmentTiming} agrees with its days: prophylactic
 * treatment starts on or before the day of induction (day 0), therapeutic treatment after it ("pretreatment
 * before disease induction" versus treatment of established disease; the EAE studies of PMID 23416238 and
 * PMID 20531465), reported at {@code startDay}; treatment does not end before it starts, reported at
 * {@code endDay}.
 *
 * <p>The supported type is {@code TreatmentTiming}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Documented
@Constraint(validatedBy = {org.msbiome.core.preclinical.internal.ConsistentTreatmentTimingValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ConsistentTreatmentTiming.List.class)
public @interface ConsistentTreatmentTiming {

    /** The message template; each rule uses its own key under this annotation's name. */
    String message() default "{org.msbiome.core.preclinical.ConsistentTreatmentTiming.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link ConsistentTreatmentTiming} annotations on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The annotations. */
        ConsistentTreatmentTiming[] value();
    }
}
