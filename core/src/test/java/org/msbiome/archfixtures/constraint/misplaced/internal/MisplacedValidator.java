package org.msbiome.archfixtures.constraint.misplaced.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.msbiome.archfixtures.constraint.guarded.Guarded;
import org.msbiome.archfixtures.constraint.misplaced.Misplaced;

/** The validator of the misplaced fixture constraint. */
public final class MisplacedValidator implements ConstraintValidator<Misplaced, Guarded> {
    /** Creates the validator. */
    public MisplacedValidator() {}

    @Override
    public boolean isValid(Guarded value, ConstraintValidatorContext context) {
        return value.low() <= value.high();
    }
}
