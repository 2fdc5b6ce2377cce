package org.msbiome.core.formulation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.formulation.ConsistentFormulationKind;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.Viability;

/**
 * Checks {@link ConsistentFormulationKind}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at any
 * time.
 */
public final class ConsistentFormulationKindValidator
        implements ConstraintValidator<ConsistentFormulationKind, Formulation> {
    private static final String KEY = "{org.msbiome.core.formulation.ConsistentFormulationKind.";

    /** Creates the validator; Hibernate Validator calls this constructor. */
    public ConsistentFormulationKindValidator() {}

    @Override
    public boolean isValid(@Nullable Formulation formulation, ConstraintValidatorContext context) {
        if (formulation == null
                || (formulation.components().isEmpty() && formulation.prebioticIngredients().isEmpty())) {
            return true;
        }
        boolean hasStrain = !formulation.components().isEmpty();
        boolean hasPrebiotic = !formulation.prebioticIngredients().isEmpty();
        boolean live = formulation.viability().filter(v -> v == Viability.LIVE).isPresent();
        boolean inactivated = formulation.viability().filter(v -> v == Viability.INACTIVATED).isPresent();
        // Pairs of (property, message key); the keys are constants, never user input.
        List<String[]> problems = new ArrayList<>();
        switch (formulation.kind()) {
            case PROBIOTIC:
                require(problems, hasStrain, "components", "probioticNeedsStrain");
                require(problems, !inactivated, "viability", "probioticIsLive");
                break;
            case PREBIOTIC:
                require(problems, !hasStrain, "components", "prebioticHasNoStrain");
                require(problems, hasPrebiotic, "prebioticIngredients", "prebioticNeedsIngredient");
                require(problems, formulation.viability().isEmpty(), "viability", "prebioticHasNoViability");
                break;
            case SYNBIOTIC:
                require(problems, hasStrain, "components", "synbioticNeedsStrain");
                require(problems, hasPrebiotic, "prebioticIngredients", "synbioticNeedsIngredient");
                require(problems, !inactivated, "viability", "synbioticIsLive");
                break;
            case POSTBIOTIC:
                require(problems, hasStrain, "components", "postbioticNeedsStrain");
                require(problems, !live, "viability", "postbioticIsInactivated");
                break;
            default:
                throw new AssertionError(formulation.kind());
        }
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (String[] problem : problems) {
            context.buildConstraintViolationWithTemplate(KEY + problem[1] + "}")
                    .addPropertyNode(problem[0])
                    .addConstraintViolation();
        }
        return false;
    }

    private static void require(List<String[]> problems, boolean ok, String property, String key) {
        if (!ok) {
            problems.add(new String[] {property, key});
        }
    }
}
