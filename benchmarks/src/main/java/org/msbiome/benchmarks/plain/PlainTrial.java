package org.msbiome.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The JSON shape of a clinical-trial document, as plain records. A sealed interface's variants are one
 * record with the union of their properties (in wire order); a value that is a string or an object is a
 * {@link OneOf}.
 *
 * @param studyType the study type code
 * @param phases the phase codes
 * @param allocation the allocation code
 * @param interventionModel the intervention model code
 * @param primaryPurpose the primary purpose code
 * @param masking the masking
 * @param enrollment the enrollment
 * @param overallStatus the overall status code
 * @param allocationRatio the allocation ratio
 * @param framework the framework code
 * @param washout the washout (ISO 8601 period)
 * @param periods the crossover periods
 * @param population the population
 * @param arms the arms
 * @param interventions the interventions
 * @param outcomes the outcomes
 * @param registrations the registry ids
 */
public record PlainTrial(
        String studyType,
        @Nullable List<String> phases,
        @Nullable String allocation,
        @Nullable String interventionModel,
        @Nullable String primaryPurpose,
        @Nullable Masking masking,
        @Nullable Enrollment enrollment,
        @Nullable String overallStatus,
        @Nullable AllocationRatio allocationRatio,
        @Nullable String framework,
        @Nullable String washout,
        @Nullable Integer periods,
        @Nullable Population population,
        @Nullable List<Arm> arms,
        @Nullable List<Intervention> interventions,
        @Nullable List<Outcome> outcomes,
        @Nullable List<RegistryId> registrations) {

    /** The document. @param format f @param version v @param kind k @param clinicalTrial the value */
    public record Document(String format, String version, String kind,
            @JsonProperty("clinical-trial") PlainTrial clinicalTrial) {}

    /** Masking. @param masking code @param whoMasked codes @param description text */
    public record Masking(String masking, @Nullable List<String> whoMasked, @Nullable String description) {}

    /** Enrollment. @param count count @param type code */
    public record Enrollment(int count, String type) {}

    /** Allocation ratio. @param parts parts */
    public record AllocationRatio(List<Integer> parts) {}

    /**
     * Population.
     *
     * @param phenotypes courses
     * @param minimumEdss EDSS
     * @param maximumEdss EDSS
     * @param minimumAge age
     * @param maximumAge age
     * @param sex code
     * @param healthyVolunteers flag
     * @param backgroundTherapies therapies
     */
    public record Population(@Nullable List<MsCourse> phenotypes, @Nullable BigDecimal minimumEdss,
            @Nullable BigDecimal maximumEdss, @Nullable Integer minimumAge, @Nullable Integer maximumAge,
            @Nullable String sex, @Nullable Boolean healthyVolunteers,
            @Nullable List<BackgroundTherapy> backgroundTherapies) {}

    /** MS course. @param phenotype code @param activity code @param progression code */
    public record MsCourse(String phenotype, @Nullable String activity, @Nullable String progression) {}

    /** Background therapy. @param name name */
    public record BackgroundTherapy(String name) {}

    /** Arm. @param label l @param type t @param description d @param interventionNames n @param participants p */
    public record Arm(String label, String type, @Nullable String description,
            @Nullable List<String> interventionNames, @Nullable Integer participants) {}

    /**
     * An intervention of any type (probiotic, placebo, disease-modifying-therapy, other).
     *
     * @param type the type name
     * @param name the name
     * @param formulation a probiotic's formulation
     * @param strains a probiotic's strains
     * @param composition a placebo's composition
     * @param description an other intervention's description
     * @param regimen the regimen
     */
    public record Intervention(String type, String name, @Nullable PlainFormulation formulation,
            @Nullable List<PlainFormulation.Strain> strains, @Nullable String composition,
            @Nullable String description, Regimen regimen) {}

    /** Regimen. @param dose d @param frequency f @param route r @param duration ISO 8601 period */
    public record Regimen(@Nullable DoseRate dose, @Nullable Frequency frequency, @Nullable String route,
            @Nullable String duration) {}

    /** Dose rate. @param amount a @param unit u @param per ISO 8601 period */
    public record DoseRate(BigDecimal amount, String unit, String per) {}

    /** Frequency. @param times t @param per ISO 8601 period */
    public record Frequency(int times, String per) {}

    /** Outcome. @param role code @param measure standard code or object @param timeFrame text */
    public record Outcome(@Nullable String role, @JsonDeserialize(using = OneOf.Reader.class) OneOf measure,
            @Nullable String timeFrame) {}

    /** Registry id. @param registry code @param value id */
    public record RegistryId(String registry, String value) {}
}
