package org.msbiome.core.formulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.formulation.Viability;
import org.msbiome.core.strain.Strains;

/**
 * The validators called directly over literal formulations (hypothetical). A failing check builds
 * violations through the context; here a context that accepts every call stands in for the one Hibernate
 * Validator passes, since only the returned verdict is asserted (paths and messages are asserted in
 * {@code FormulationConstraintsTest}).
 */
class FormulationValidatorsTest {
    private static final Strength STRENGTH = Strength.parse("10^9 CFU/capsule");
    private static final ConstraintValidatorContext CONTEXT = acceptingContext();

    private static final Formulation EMPTY =
            Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE).build();
    private static final Formulation LGG = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
            .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, STRENGTH)
            .build();
    private static final Formulation LGG_TWICE = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
            .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, STRENGTH)
            .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, Strength.parse("2e9 CFU/capsule"))
            .build();
    private static final Formulation INACTIVATED_PROBIOTIC =
            Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                    .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, STRENGTH)
                    .viability(Viability.INACTIVATED)
                    .build();

    @Test
    void nonEmptyFormulation() {
        NonEmptyFormulationValidator validator = new NonEmptyFormulationValidator();

        assertThat(validator.isValid(null, CONTEXT)).isTrue();
        assertThat(validator.isValid(LGG, CONTEXT)).isTrue();
        assertThat(validator.isValid(EMPTY, CONTEXT)).isFalse();
    }

    @Test
    void distinctComponentStrains() {
        DistinctComponentStrainsValidator validator = new DistinctComponentStrainsValidator();

        assertThat(validator.isValid(null, CONTEXT)).isTrue();
        assertThat(validator.isValid(EMPTY, CONTEXT)).isTrue();
        assertThat(validator.isValid(LGG, CONTEXT)).isTrue();
        assertThat(validator.isValid(LGG_TWICE, CONTEXT)).isFalse();
    }

    @Test
    void consistentFormulationKind() {
        ConsistentFormulationKindValidator validator = new ConsistentFormulationKindValidator();

        assertThat(validator.isValid(null, CONTEXT)).isTrue();
        assertThat(validator.isValid(EMPTY, CONTEXT)).as("left to NonEmptyFormulation").isTrue();
        assertThat(validator.isValid(LGG, CONTEXT)).isTrue();
        assertThat(validator.isValid(INACTIVATED_PROBIOTIC, CONTEXT)).isFalse();
    }

    /** A context whose builder methods return further accepting builders. */
    private static ConstraintValidatorContext acceptingContext() {
        return accepting(ConstraintValidatorContext.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> T accepting(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Class<?> returns = method.getReturnType();
            if (returns == void.class) {
                return null;
            }
            if (returns == String.class) {
                return "{template}";
            }
            if (returns == boolean.class) {
                return false;
            }
            if (returns.isInterface()) {
                return accepting(returns);
            }
            throw new UnsupportedOperationException(method.toString());
        });
    }
}
