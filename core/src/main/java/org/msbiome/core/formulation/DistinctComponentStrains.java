package org.msbiome.core.formulation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.msbiome.core.formulation.internal.DistinctComponentStrainsValidator;

/**
 * No strain is listed twice in a formulation: no two components have equal strains, or strains that are
 * {@linkplain org.msbiome.core.strain.Strain#isSameStrainAs(org.msbiome.core.strain.Strain) the same strain}
 * (a shared deposit, or the same taxon and designation). Two unidentified strains of one species are equal
 * records and so are reported too: a product listing a species twice must tell its strains apart. Each
 * repeat is reported on {@code components[i].strain}, {@code i} being the later component.
 *
 * <p>The supported type is {@link org.msbiome.core.formulation.Formulation}. {@code null} is considered
 * valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = DistinctComponentStrainsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(DistinctComponentStrains.List.class)
public @interface DistinctComponentStrains {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{org.msbiome.core.formulation.DistinctComponentStrains.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@code @DistinctComponentStrains} constraints on one type.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        DistinctComponentStrains[] value();
    }
}
