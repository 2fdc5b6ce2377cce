package org.msbiome.core.evidence;

import jakarta.validation.Valid;
import java.util.Objects;
import org.msbiome.core.population.Population;
import org.msbiome.core.preclinical.Animals;
import org.msbiome.core.preclinical.DiseaseModel;

/**
 * Whom a finding is about: people ({@link Patients}) or animals in a disease model ({@link AnimalModel}).
 *
 * @since 0.1.0
 */
public sealed interface Subjects permits Subjects.Patients, Subjects.AnimalModel {

    /**
     * People, described by a population.
     *
     * @param population who is included
     * @since 0.1.0
     */
    record Patients(@Valid Population population) implements Subjects {
        /**
         * Checks the component.
         *
         * @throws NullPointerException if {@code population} is null
         */
        public Patients {
            Objects.requireNonNull(population, "population");
        }
    }

    /**
     * Animals in a disease model.
     *
     * @param animals the animals
     * @param model the disease model
     * @since 0.1.0
     */
    record AnimalModel(@Valid Animals animals, @Valid DiseaseModel model) implements Subjects {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public AnimalModel {
            Objects.requireNonNull(animals, "animals");
            Objects.requireNonNull(model, "model");
        }
    }
}
