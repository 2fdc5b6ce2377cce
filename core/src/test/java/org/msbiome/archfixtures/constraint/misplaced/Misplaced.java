package org.msbiome.archfixtures.constraint.misplaced;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Broken on purpose: a concept constraint that does not live beside the type it guards. */
@Documented
@Constraint(validatedBy = org.msbiome.archfixtures.constraint.misplaced.internal.MisplacedValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(Misplaced.List.class)
public @interface Misplaced {
    /** The message. */
    String message() default "misplaced";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /** Several. */
    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface List {
        /** The annotations. */
        Misplaced[] value();
    }
}
