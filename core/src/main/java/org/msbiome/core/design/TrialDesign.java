package org.msbiome.core.design;

import jakarta.validation.Valid;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Periods;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.core.population.Population;
import org.msbiome.core.registry.RegistryId;
import org.msbiome.core.reporting.Absence;

/**
 * The design of a clinical study: the ClinicalTrials.gov API v2 {@code designModule} (study type,
 * phases, allocation, intervention model, primary purpose, masking, enrollment), its overall status,
 * the allocation ratio and framework of CONSORT 2010 item 3a and SPIRIT 2013 item 8, the population,
 * the arms and the interventions they give, the outcomes and the registry identifiers.
 *
 * <p>Every part the source does not report is empty. Where the source says why a list part (arms,
 * interventions, outcomes) holds nothing, {@link #absent()} says it: "arms not reported" is
 * {@code absent = {ARMS: NOT_REPORTED}} with no arms, distinct from an empty {@code arms} with no entry
 * (docs/conventions.md, "Absent parts"). Build one with {@link #builder(StudyType)}.
 * {@link ConsistentTrialDesign} checks the rules that span fields (for example, that a randomized trial
 * with reported arms has at least two, and that every intervention is given in an arm).
 *
 * <p>For example, the design of Kouchaki et al. 2017 in part (its arms, interventions and outcomes left out):
 *
 * <pre>{@code
 * TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)   // Kouchaki et al. 2017
 *         .allocation(Allocation.RANDOMIZED)
 *         .masking(MaskingInfo.of(Masking.DOUBLE))
 *         .enrollment(Enrollment.actual(60))
 *         .build();
 * design.arms();                                         // []: no arm given
 * }</pre>
 *
 * @param studyType the study type
 * @param phases the phases, in order; empty when not reported
 * @param allocation how participants are allocated to arms
 * @param interventionModel the strategy for assigning interventions
 * @param primaryPurpose the main objective
 * @param masking the masking and who is masked
 * @param enrollment the number of participants
 * @param overallStatus the recruitment status
 * @param allocationRatio the allocation ratio, one part per arm in the order of the arms
 * @param framework superiority, non-inferiority, equivalence or exploratory
 * @param washout the washout between the periods of a crossover trial
 * @param periods the number of periods of a crossover trial, at least 2
 * @param population who is included
 * @param arms the arms, with unique labels
 * @param interventions the interventions, with unique names, each given in at least one arm
 * @param outcomes the outcomes
 * @param registrations the registry identifiers of the trial
 * @param absent why a part holds nothing, for the parts the source left out; a part marked here holds no
 *     value; empty when the source said nothing about absent parts
 * @since 0.1.0
 */
@ConsistentTrialDesign
public record TrialDesign(
        StudyType studyType,
        List<Phase> phases,
        Optional<Allocation> allocation,
        Optional<InterventionModel> interventionModel,
        Optional<PrimaryPurpose> primaryPurpose,
        Optional<@Valid MaskingInfo> masking,
        Optional<@Valid Enrollment> enrollment,
        Optional<OverallStatus> overallStatus,
        Optional<AllocationRatio> allocationRatio,
        Optional<TrialFramework> framework,
        Optional<Period> washout,
        Optional<Integer> periods,
        Optional<@Valid Population> population,
        List<@Valid Arm> arms,
        List<@Valid Intervention> interventions,
        List<@Valid Outcome> outcomes,
        List<RegistryId> registrations,
        Map<DesignPart, Absence> absent) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the washout is not longer than zero or there are fewer than two
     *     periods
     */
    public TrialDesign {
        Objects.requireNonNull(studyType, "studyType");
        phases = Checks.copyOf(phases, "phases");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(interventionModel, "interventionModel");
        Objects.requireNonNull(primaryPurpose, "primaryPurpose");
        Objects.requireNonNull(masking, "masking");
        Objects.requireNonNull(enrollment, "enrollment");
        Objects.requireNonNull(overallStatus, "overallStatus");
        Objects.requireNonNull(allocationRatio, "allocationRatio");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(washout, "washout");
        washout.ifPresent(w -> Periods.requirePositive(w, "washout"));
        Objects.requireNonNull(periods, "periods");
        if (periods.isPresent() && periods.get() < 2) {
            throw new IllegalArgumentException("crossover periods " + Checks.quote(periods.get())
                    + " is less than 2; expected the number of treatment periods, like 2");
        }
        Objects.requireNonNull(population, "population");
        arms = Checks.copyOf(arms, "arms");
        interventions = Checks.copyOf(interventions, "interventions");
        outcomes = Checks.copyOf(outcomes, "outcomes");
        registrations = Checks.copyOf(registrations, "registrations");
        Objects.requireNonNull(absent, "absent");
        Map<DesignPart, Absence> copy = new EnumMap<>(DesignPart.class);
        absent.forEach((part, why) -> copy.put(Objects.requireNonNull(part, "absent key"),
                Objects.requireNonNull(why, "absent value")));
        absent = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A design of these parts with no part marked absent: the form of format 1.0, where an empty list
     * does not say why it is empty.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException as {@link #TrialDesign(StudyType, List, Optional, Optional, Optional,
     *     Optional, Optional, Optional, Optional, Optional, Optional, Optional, Optional, List, List, List,
     *     List, Map) the canonical constructor}
     */
    public TrialDesign(StudyType studyType, List<Phase> phases, Optional<Allocation> allocation,
            Optional<InterventionModel> interventionModel, Optional<PrimaryPurpose> primaryPurpose,
            Optional<MaskingInfo> masking, Optional<Enrollment> enrollment, Optional<OverallStatus> overallStatus,
            Optional<AllocationRatio> allocationRatio, Optional<TrialFramework> framework, Optional<Period> washout,
            Optional<Integer> periods, Optional<Population> population, List<Arm> arms,
            List<Intervention> interventions, List<Outcome> outcomes, List<RegistryId> registrations) {
        this(studyType, phases, allocation, interventionModel, primaryPurpose, masking, enrollment, overallStatus,
                allocationRatio, framework, washout, periods, population, arms, interventions, outcomes,
                registrations, Map.of());
    }

    /**
     * A builder for a design of this study type, with every other part empty.
     *
     * @throws NullPointerException if {@code studyType} is null
     */
    public static Builder builder(StudyType studyType) {
        return new Builder(studyType);
    }

    /** Why this part holds nothing, if the source said so. */
    public Optional<Absence> absence(DesignPart part) {
        return Optional.ofNullable(absent.get(Objects.requireNonNull(part, "part")));
    }

    /** Whether the source reported this part: true unless {@link #absent()} marks it. */
    public boolean reported(DesignPart part) {
        return !absent.containsKey(Objects.requireNonNull(part, "part"));
    }

    /**
     * A copy that marks this part absent for this reason.
     *
     * @throws NullPointerException if an argument is null
     */
    public TrialDesign withAbsent(DesignPart part, Absence why) {
        Map<DesignPart, Absence> copy = new EnumMap<>(DesignPart.class);
        copy.putAll(absent);
        copy.put(Objects.requireNonNull(part, "part"), Objects.requireNonNull(why, "why"));
        return new TrialDesign(studyType, phases, allocation, interventionModel, primaryPurpose, masking, enrollment,
                overallStatus, allocationRatio, framework, washout, periods, population, arms, interventions,
                outcomes, registrations, copy);
    }

    /** The intervention with this name, if the trial has one. */
    public Optional<Intervention> intervention(String name) {
        return interventions.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /**
     * The interventions an arm gives, in the arm's order; names that match no intervention are skipped. Linear in
     * the number of interventions and names (the interventions are indexed by name once).
     */
    public List<Intervention> interventionsOf(Arm arm) {
        Map<String, Intervention> byName = new HashMap<>();
        for (Intervention intervention : interventions) {
            byName.putIfAbsent(intervention.name(), intervention); // the first of a name, as intervention(name)
        }
        return arm.interventionNames().stream()
                .map(byName::get)
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * Builds a {@link TrialDesign}. Not thread-safe; each setter replaces the previous value.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final StudyType studyType;
        private List<Phase> phases = List.of();
        private @Nullable Allocation allocation;
        private @Nullable InterventionModel interventionModel;
        private @Nullable PrimaryPurpose primaryPurpose;
        private @Nullable MaskingInfo masking;
        private @Nullable Enrollment enrollment;
        private @Nullable OverallStatus overallStatus;
        private @Nullable AllocationRatio allocationRatio;
        private @Nullable TrialFramework framework;
        private @Nullable Period washout;
        private @Nullable Integer periods;
        private @Nullable Population population;
        private final List<Arm> arms = new ArrayList<>();
        private final List<Intervention> interventions = new ArrayList<>();
        private final List<Outcome> outcomes = new ArrayList<>();
        private final List<RegistryId> registrations = new ArrayList<>();
        private final Map<DesignPart, Absence> absent = new EnumMap<>(DesignPart.class);

        private Builder(StudyType studyType) {
            this.studyType = Objects.requireNonNull(studyType, "studyType");
        }

        /** Sets the phases. */
        public Builder phases(Phase... phases) {
            this.phases = List.of(phases);
            return this;
        }

        /** Sets the allocation. */
        public Builder allocation(Allocation allocation) {
            this.allocation = Objects.requireNonNull(allocation, "allocation");
            return this;
        }

        /** Sets the intervention model. */
        public Builder interventionModel(InterventionModel interventionModel) {
            this.interventionModel = Objects.requireNonNull(interventionModel, "interventionModel");
            return this;
        }

        /** Sets the primary purpose. */
        public Builder primaryPurpose(PrimaryPurpose primaryPurpose) {
            this.primaryPurpose = Objects.requireNonNull(primaryPurpose, "primaryPurpose");
            return this;
        }

        /** Sets the masking. */
        public Builder masking(MaskingInfo masking) {
            this.masking = Objects.requireNonNull(masking, "masking");
            return this;
        }

        /** Sets the enrollment. */
        public Builder enrollment(Enrollment enrollment) {
            this.enrollment = Objects.requireNonNull(enrollment, "enrollment");
            return this;
        }

        /** Sets the overall status. */
        public Builder overallStatus(OverallStatus overallStatus) {
            this.overallStatus = Objects.requireNonNull(overallStatus, "overallStatus");
            return this;
        }

        /** Sets the allocation ratio. */
        public Builder allocationRatio(AllocationRatio allocationRatio) {
            this.allocationRatio = Objects.requireNonNull(allocationRatio, "allocationRatio");
            return this;
        }

        /** Sets the framework. */
        public Builder framework(TrialFramework framework) {
            this.framework = Objects.requireNonNull(framework, "framework");
            return this;
        }

        /** Sets the washout between crossover periods. */
        public Builder washout(Period washout) {
            this.washout = Objects.requireNonNull(washout, "washout");
            return this;
        }

        /** Sets the number of crossover periods. */
        public Builder periods(int periods) {
            this.periods = periods;
            return this;
        }

        /** Sets the population. */
        public Builder population(Population population) {
            this.population = Objects.requireNonNull(population, "population");
            return this;
        }

        /** Adds an arm. */
        public Builder arm(Arm arm) {
            arms.add(Objects.requireNonNull(arm, "arm"));
            return this;
        }

        /** Adds an intervention. */
        public Builder intervention(Intervention intervention) {
            interventions.add(Objects.requireNonNull(intervention, "intervention"));
            return this;
        }

        /** Adds an outcome. */
        public Builder outcome(Outcome outcome) {
            outcomes.add(Objects.requireNonNull(outcome, "outcome"));
            return this;
        }

        /** Adds a registry identifier. */
        public Builder registration(RegistryId registration) {
            registrations.add(Objects.requireNonNull(registration, "registration"));
            return this;
        }

        /**
         * Marks a part absent for this reason (the part then holds no value).
         *
         * @throws NullPointerException if an argument is null
         */
        public Builder absent(DesignPart part, Absence why) {
            absent.put(Objects.requireNonNull(part, "part"), Objects.requireNonNull(why, "why"));
            return this;
        }

        /**
         * The design.
         *
         * @throws IllegalArgumentException if the washout is not longer than zero or there are fewer than
         *     two periods
         */
        public TrialDesign build() {
            return new TrialDesign(studyType, phases, Optional.ofNullable(allocation),
                    Optional.ofNullable(interventionModel), Optional.ofNullable(primaryPurpose),
                    Optional.ofNullable(masking), Optional.ofNullable(enrollment), Optional.ofNullable(overallStatus),
                    Optional.ofNullable(allocationRatio), Optional.ofNullable(framework),
                    Optional.ofNullable(washout), Optional.ofNullable(periods), Optional.ofNullable(population),
                    arms, interventions, outcomes, registrations, absent);
        }
    }
}
