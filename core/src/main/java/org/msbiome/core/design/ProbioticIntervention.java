package org.msbiome.core.design;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.strain.Strain;

/**
 * A probiotic (or prebiotic, synbiotic, postbiotic) product given as an intervention.
 *
 * <p>When the source describes the product with its strengths, it is a {@link Formulation}; when it names
 * only the strains (no strength), they are listed in {@code strains}; when it names neither (a "multi-strain
 * probiotic"), both are empty and the name says what the source says. When the formulation gives the units
 * taken per day, the daily amount is the formulation's and the regimen's dose stays empty; the regimen then
 * says how often, by which route and for how long.
 *
 * @param name the name, unique within the trial, like the product's name
 * @param formulation the product with its strains and strengths, when the source describes it
 * @param strains the strains, when the source names them without a formulation; empty otherwise
 * @param regimen when and how much is given
 * @since 0.1.0
 */
public record ProbioticIntervention(
        String name, Optional<@Valid Formulation> formulation, List<@Valid Strain> strains, Regimen regimen)
        implements Intervention {

    /**
     * Strips the name and copies the strains.
     *
     * @throws NullPointerException if a component or a strain is null
     * @throws IllegalArgumentException if the name is blank, or both a formulation and separate strains are
     *     given (the formulation already names its strains)
     */
    public ProbioticIntervention {
        name = Checks.requireNonBlank(name, "name");
        Objects.requireNonNull(formulation, "formulation");
        strains = Checks.copyOf(strains, "strains");
        if (formulation.isPresent() && !strains.isEmpty()) {
            throw new IllegalArgumentException("probiotic intervention " + Checks.quote(name)
                    + " has both a formulation and separate strains; expected the strains in the formulation only");
        }
        Objects.requireNonNull(regimen, "regimen");
    }

    /**
     * A product described by its formulation.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static ProbioticIntervention of(String name, Formulation formulation, Regimen regimen) {
        return new ProbioticIntervention(name, Optional.of(formulation), List.of(), regimen);
    }

    /**
     * A product of which the source names only the strains.
     *
     * @throws NullPointerException if an argument or a strain is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static ProbioticIntervention ofStrains(String name, Regimen regimen, Strain... strains) {
        return new ProbioticIntervention(name, Optional.empty(), List.of(strains), regimen);
    }

    /**
     * A product of which the source gives neither formulation nor strains.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static ProbioticIntervention undescribed(String name, Regimen regimen) {
        return new ProbioticIntervention(name, Optional.empty(), List.of(), regimen);
    }

    /** The strains given: the formulation's when there is one, otherwise the listed strains. */
    public List<Strain> givenStrains() {
        return formulation.map(Formulation::strains).orElse(strains);
    }
}
