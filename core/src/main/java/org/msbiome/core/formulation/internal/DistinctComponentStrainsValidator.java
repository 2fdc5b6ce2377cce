package org.msbiome.core.formulation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.formulation.DistinctComponentStrains;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.strain.Strain;

/**
 * Checks {@link DistinctComponentStrains}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at any
 * time.
 */
public final class DistinctComponentStrainsValidator
        implements ConstraintValidator<DistinctComponentStrains, Formulation> {
    /** Creates the validator; Hibernate Validator calls this constructor. */
    public DistinctComponentStrainsValidator() {}

    @Override
    public boolean isValid(@Nullable Formulation formulation, ConstraintValidatorContext context) {
        if (formulation == null) {
            return true;
        }
        List<Strain> strains = formulation.strains();
        boolean valid = true;
        for (int i = 0; i < strains.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (strains.get(i).equals(strains.get(j)) || strains.get(i).isSameStrainAs(strains.get(j))) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                        valid = false;
                    }
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode("components")
                            .addPropertyNode("strain")
                            .inIterable()
                            .atIndex(i)
                            .addConstraintViolation();
                    break;
                }
            }
        }
        return valid;
    }
}
