package org.msbiome.core.evidence;

import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.core.preclinical.PreclinicalStudy;
import org.msbiome.core.preclinical.StudyGroup;

/**
 * The design of a study: a clinical study in people ({@link Clinical}, a {@link TrialDesign}) or an
 * animal study of an MS model ({@link Preclinical}, a {@link PreclinicalStudy}).
 *
 * @since 0.1.0
 */
public sealed interface StudyDesign permits StudyDesign.Clinical, StudyDesign.Preclinical {

    /**
     * The interventions the study gives, each once, in the order the design lists them.
     *
     * @return the interventions
     */
    List<Intervention> interventions();

    /**
     * The outcomes the design lists; empty when it lists none (a preclinical design lists none).
     *
     * @return the outcomes
     */
    List<Outcome> outcomes();

    /**
     * The design of a clinical study.
     *
     * @param trial the trial design
     * @since 0.1.0
     */
    record Clinical(@Valid TrialDesign trial) implements StudyDesign {
        /**
         * Checks the component.
         *
         * @throws NullPointerException if {@code trial} is null
         */
        public Clinical {
            Objects.requireNonNull(trial, "trial");
        }

        @Override
        public List<Intervention> interventions() {
            return trial.interventions();
        }

        @Override
        public List<Outcome> outcomes() {
            return trial.outcomes();
        }
    }

    /**
     * The design of an animal study.
     *
     * @param study the preclinical study design
     * @since 0.1.0
     */
    record Preclinical(@Valid PreclinicalStudy study) implements StudyDesign {
        /**
         * Checks the component.
         *
         * @throws NullPointerException if {@code study} is null
         */
        public Preclinical {
            Objects.requireNonNull(study, "study");
        }

        /** The interventions of all groups, each once, in the order of the groups. */
        @Override
        public List<Intervention> interventions() {
            Set<Intervention> all = new LinkedHashSet<>();
            for (StudyGroup group : study.groups()) {
                all.addAll(group.interventions());
            }
            return List.copyOf(all);
        }

        /** None: a preclinical design does not list its outcomes. */
        @Override
        public List<Outcome> outcomes() {
            return List.of();
        }
    }
}
