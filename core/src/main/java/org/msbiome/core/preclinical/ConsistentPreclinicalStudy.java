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
 * Checks that the groups of a {@link org.msbiome.core.preclinical.PreclinicalStudy} have unique labels,
 * reported at {@code groups[i].label} (groups are told apart by label, as ARRIVE 2.0 item 1 asks for the
 * groups being compared; https://resources.equator-network.org/reporting-guidelines/arrive/arrive-checklist.html).
 *
 * <p>The supported type is {@code PreclinicalStudy}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Documented
@Constraint(validatedBy = {org.msbiome.core.preclinical.internal.ConsistentPreclinicalStudyValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ConsistentPreclinicalStudy.List.class)
public @interface ConsistentPreclinicalStudy {

    /** The message template; each rule uses its own key under this annotation's name. */
    String message() default "{org.msbiome.core.preclinical.ConsistentPreclinicalStudy.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link ConsistentPreclinicalStudy} annotations on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The annotations. */
        ConsistentPreclinicalStudy[] value();
    }
}
