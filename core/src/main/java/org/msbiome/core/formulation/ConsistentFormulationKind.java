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
import org.msbiome.core.formulation.internal.ConsistentFormulationKindValidator;

/**
 * The kind of a formulation matches its contents, by the consensus definitions of the International
 * Scientific Association for Probiotics and Prebiotics (ISAPP):
 * <ul>
 *   <li>a probiotic contains live microorganisms (Hill et al. 2014, Nat Rev Gastroenterol Hepatol
 *       11:506–514, doi:10.1038/nrgastro.2014.66): it has a strain, and is not inactivated;
 *   <li>a prebiotic is a substrate, not a microorganism (Gibson et al. 2017, Nat Rev Gastroenterol Hepatol
 *       14:491–502, doi:10.1038/nrgastro.2017.75): it has a prebiotic ingredient, no strain and no
 *       viability;
 *   <li>a synbiotic is live microorganisms and a substrate (Swanson et al. 2020, Nat Rev Gastroenterol
 *       Hepatol 17:687–701, doi:10.1038/s41575-020-0344-2): it has a strain and a prebiotic ingredient, and
 *       is not inactivated;
 *   <li>a postbiotic is inanimate microorganisms or their components (Salminen et al. 2021, Nat Rev
 *       Gastroenterol Hepatol 18:649–667, doi:10.1038/s41575-021-00440-6): it has a strain, and is not
 *       live.
 * </ul>
 * An absent viability is not checked (a source may not say). A formulation with neither component nor
 * prebiotic ingredient is left to {@link NonEmptyFormulation}. Each broken rule is reported on the field
 * that is wrong ({@code components}, {@code prebioticIngredients} or {@code viability}) with its own
 * message.
 *
 * <p>The supported type is {@link org.msbiome.core.formulation.Formulation}. {@code null} is considered
 * valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ConsistentFormulationKindValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ConsistentFormulationKind.List.class)
public @interface ConsistentFormulationKind {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{org.msbiome.core.formulation.ConsistentFormulationKind.message}";

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
     * Several {@code @ConsistentFormulationKind} constraints on one type.
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
        ConsistentFormulationKind[] value();
    }
}
