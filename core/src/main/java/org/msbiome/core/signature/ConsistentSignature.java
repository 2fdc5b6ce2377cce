package org.msbiome.core.signature;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.msbiome.core.signature.internal.ConsistentSignatureValidator;

/**
 * A {@link Signature}'s taxa are distinct (no lineage listed twice), and each lineage's name depth equals its
 * taxid depth: an NCBI Taxonomy ID on every level or on none. Each violation names the taxon
 * ({@code taxa[i]}). {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ConsistentSignatureValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ConsistentSignature.List.class)
public @interface ConsistentSignature {
    /** The message template. */
    String message() default "{org.msbiome.core.signature.ConsistentSignature.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link ConsistentSignature} on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /** The constraints. */
        ConsistentSignature[] value();
    }
}
