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
 * Checks that a {@link org.msbiome.core.preclinical.ClinicalScore} is one of the levels of its scale
 * (there is no standard EAE clinical score, so a score means something only on its own scale;
 * https://wjgnet.com/2218-6212/full/v3/i3/56.htm). Reported at {@code value}.
 *
 * <p>The supported type is {@code ClinicalScore}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Documented
@Constraint(validatedBy = {org.msbiome.core.preclinical.internal.ScoreOnScaleValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ScoreOnScale.List.class)
public @interface ScoreOnScale {

    /** The message template; each rule uses its own key under this annotation's name. */
    String message() default "{org.msbiome.core.preclinical.ScoreOnScale.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link ScoreOnScale} annotations on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The annotations. */
        ScoreOnScale[] value();
    }
}
