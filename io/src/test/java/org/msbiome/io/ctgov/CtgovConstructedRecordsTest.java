package org.msbiome.io.ctgov;

import org.msbiome.core.evidence.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.InterventionModel;
import org.msbiome.core.design.Masking;
import org.msbiome.core.design.Phase;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.design.WhoMasked;
import org.msbiome.core.population.AgeUnit;
import org.msbiome.core.population.MsCourse;
import org.msbiome.core.population.MsPhenotype;
import org.msbiome.core.population.Population;
import org.msbiome.core.population.Sex;
import org.msbiome.core.registry.Registry;
import org.msbiome.core.registry.RegistryId;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.taxonomy.Taxonomy;

/**
 * Imports the constructed test records of {@code src/test/resources/ctgov} (see its README.md: they
 * describe no real trial; they were built from the OpenAPI specification to exercise the importer).
 */
class CtgovConstructedRecordsTest {
    private static final String INTERVENTIONS = "/protocolSection/armsInterventionsModule/interventions";

    @Test
    void probioticTrialInfersPhenotypePlaceboProbioticAndTaxaWithTheirSourceTextAndPointer() {
        CtgovImport result = CtgovRecords.load("constructed-probiotic-ms.json");
        TrialDesign design = result.design().orElseThrow();

        assertThat(result.rejected()).isEmpty();
        assertThat(design.population().orElseThrow().phenotypes()).containsExactly(MsCourse.of(MsPhenotype.RRMS));
        assertThat(result.inferred()).filteredOn(v -> v.target().equals("design.population.phenotypes"))
                .extracting(InferredValue::value, InferredValue::pointer, InferredValue::text)
                .as("'Multiple Sclerosis' alone names no phenotype")
                .containsExactly(tuple("rrms", "/protocolSection/conditionsModule/conditions/0",
                        "Relapsing-Remitting Multiple Sclerosis"));

        ProbioticIntervention probiotic = (ProbioticIntervention) design.intervention("Probiotic capsule").orElseThrow();
        List<String> taxa = List.of("Lactobacillus acidophilus", "Lacticaseibacillus casei", "Bifidobacterium bifidum",
                "Limosilactobacillus fermentum");
        assertThat(probiotic.givenStrains()).extracting(s -> s.taxon().name().full()).containsExactlyElementsOf(taxa);
        assertThat(probiotic.givenStrains()).allMatch(s -> !s.isIdentified());
        assertThat(probiotic.givenStrains().get(3))
                .isEqualTo(Strain.of(Taxonomy.resolve("Lactobacillus fermentum").taxon()));
        assertThat(result.inferred()).filteredOn(v -> v.target().endsWith(".strains"))
                .extracting(InferredValue::value, InferredValue::pointer, InferredValue::text)
                .containsExactly(
                        tuple(taxa.get(0), INTERVENTIONS + "/0/description", "Lactobacillus acidophilus"),
                        tuple(taxa.get(1), INTERVENTIONS + "/0/description", "L. casei"),
                        tuple(taxa.get(2), INTERVENTIONS + "/0/description", "Bifidobacterium bifidum"),
                        tuple(taxa.get(3), INTERVENTIONS + "/0/description", "Lactobacillus fermentum"));
        assertThat(result.inferred()).filteredOn(v -> v.target().equals("design.interventions[Probiotic capsule]"))
                .extracting(InferredValue::value, InferredValue::pointer, InferredValue::text)
                .containsExactly(tuple("probiotic", INTERVENTIONS + "/0/name", "Probiotic"));
        assertThat(design.intervention("Placebo capsule")).containsInstanceOf(Placebo.class);

        assertThat(design.registrations()).containsExactly(RegistryId.of(Registry.CLINICALTRIALS_GOV, "NCT99999901"),
                RegistryId.of(Registry.IRCT, "IRCT20161022030424N1"), RegistryId.of(Registry.EU_CT, "2022-500024-30-00"));
        assertThat(result.study().secondaryIds().get(2).registryId()).as("an NIH grant is no registry ID").isEmpty();
        assertThat(result.inferred()).filteredOn(v -> v.target().equals("study.secondaryIds.registryId"))
                .extracting(InferredValue::value, InferredValue::pointer)
                .containsExactly(tuple("irct:IRCT20161022030424N1",
                        "/protocolSection/identificationModule/secondaryIdInfos/0/id"));
        assertThat(design.masking().orElseThrow().whoMasked()).containsExactlyInAnyOrder(WhoMasked.values());
        assertThat(result.study().completionDate()).contains(new RegistryDate(PartialDate.of(Year.of(2021)), Optional.of(DateType.ACTUAL)));
        assertThat(result.unmapped()).extracting(UnmappedField::pointer).containsExactly(
                INTERVENTIONS + "/0/otherNames", INTERVENTIONS + "/1/description",
                "/protocolSection/eligibilityModule/eligibilityCriteria", "/protocolSection/eligibilityModule/stdAges",
                "/hasResults");
    }

    @Test
    void crossoverLinksArmsByTypedNamesAndReportsTheMissingWashout() {
        CtgovImport result = CtgovRecords.load("constructed-crossover.json");
        TrialDesign design = result.design().orElseThrow();

        assertThat(design.interventionModel()).contains(InterventionModel.CROSSOVER);
        assertThat(design.phases()).containsExactly(Phase.PHASE1, Phase.PHASE2);
        assertThat(design.masking().orElseThrow().description()).contains("Identical capsules (constructed).");
        assertThat(design.arms().get(1).interventionNames())
                .containsExactly("Placebo capsule", "Bifidobacterium longum capsule");
        assertThat(design.population().orElseThrow().minimumAge()).as("216 Months").contains(216);
        assertThat(design.population().orElseThrow().minimumAgeIn()).contains(AgeUnit.MONTHS);
        assertThat(design.population().orElseThrow().phenotypes()).isEmpty();
        assertThat(result.study().interventionModelDescription()).contains("Two periods of 8 weeks (constructed).");
        assertThat(result.rejected()).extracting(RejectedValue::pointer, RejectedValue::reason).containsExactly(tuple(
                "/protocolSection/designModule/designInfo/interventionModel",
                "the imported design breaks a rule of the vocabulary at washout:"
                        + " a crossover design needs a washout or a number of periods"));
        assertThat(result.isClean()).isFalse();
    }

    @Test
    void singleGroupPilotLinksAnArmFromTheInterventionSideAndKeepsAnAgeInWeeks() {
        CtgovImport result = CtgovRecords.load("constructed-single-group-pilot.json");
        TrialDesign design = result.design().orElseThrow();

        assertThat(design.allocation()).contains(Allocation.NA);
        assertThat(design.masking().orElseThrow().masking()).isEqualTo(Masking.NONE);
        assertThat(design.arms()).singleElement().satisfies(arm -> assertThat(arm.interventionNames())
                .containsExactly("Fermented milk with Lacticaseibacillus rhamnosus"));
        Population population = design.population().orElseThrow();
        assertThat(population.phenotypes()).extracting(MsCourse::phenotype)
                .containsExactly(MsPhenotype.SPMS, MsPhenotype.PPMS);
        assertThat(population.minimumAge()).as("27 Weeks").contains(27);
        assertThat(population.minimumAgeIn()).contains(AgeUnit.WEEKS);
        assertThat(population.maximumAge()).isEmpty();
        assertThat(population.sex()).contains(Sex.FEMALE);
        assertThat(population.healthyVolunteers()).contains(true);
        assertThat(result.study().startDate()).contains(new RegistryDate(PartialDate.of(Year.of(2019)), Optional.empty()));
        assertThat(result.rejected()).isEmpty();
    }

    @Test
    void bareProtocolSectionWithFewFieldsImportsWhatItHas() {
        CtgovImport result = CtgovRecords.load("constructed-observational-minimal.json");

        assertThat(result.design()).hasValueSatisfying(d -> {
            assertThat(d.studyType()).isEqualTo(StudyType.OBSERVATIONAL);
            assertThat(d.arms()).isEmpty();
            assertThat(d.population()).isEmpty();
            assertThat(d.enrollment()).isEmpty();
        });
        CtgovStudy study = result.study();
        assertThat(study.observationalModel()).contains(ObservationalModel.COHORT);
        assertThat(study.timePerspective()).contains(TimePerspective.PROSPECTIVE);
        assertThat(study.patientRegistry()).contains(true);
        assertThat(study.targetDuration()).contains("6 Months");
        assertThat(study.bioSpecRetention()).contains(BioSpecRetention.SAMPLES_WITH_DNA);
        assertThat(study.nctId()).isEmpty();
        assertThat(result.rejected()).isEmpty();
        assertThat(result.unmapped()).isEmpty();
        assertThat(result.mapped()).startsWith("/identificationModule/briefTitle", "/designModule/studyType");
    }

    @Test
    void unknownEnumValuesAreRejectedWithTheValidValuesAndTheRestIsImported() {
        CtgovImport result = CtgovRecords.load("constructed-unknown-enums.json");
        TrialDesign design = result.design().orElseThrow();

        assertThat(result.rejected()).extracting(RejectedValue::pointer, RejectedValue::value).containsExactly(
                tuple("/protocolSection/identificationModule/secondaryIdInfos/0/type", Optional.of("\"WHO_UTN\"")),
                tuple("/protocolSection/statusModule/startDateStruct/date", Optional.of("\"2020-13\"")),
                tuple("/protocolSection/statusModule/completionDateStruct/type", Optional.of("\"PLANNED\"")),
                tuple("/protocolSection/designModule/phases/1", Optional.of("\"PHASE5\"")),
                tuple("/protocolSection/designModule/designInfo/allocation", Optional.of("\"ADAPTIVE_RANDOMIZED\"")),
                tuple("/protocolSection/designModule/designInfo/maskingInfo/whoMasked/1", Optional.of("\"DATA_MONITOR\"")),
                tuple("/protocolSection/designModule/enrollmentInfo/type", Optional.of("\"PROJECTED\"")),
                tuple("/protocolSection/statusModule/overallStatus", Optional.of("\"PAUSED\"")),
                tuple("/protocolSection/armsInterventionsModule/interventions/0/type",
                        Optional.of("\"MICROBIOME_TRANSPLANT\"")),
                tuple("/protocolSection/armsInterventionsModule/armGroups/1/type", Optional.of("\"WAITLIST_CONTROL\"")),
                tuple("/protocolSection/eligibilityModule/sex", Optional.of("\"INTERSEX\"")));
        assertThat(result.rejected().get(3).reason())
                .isEqualTo("phase 'PHASE5' is unknown; expected one of NA, EARLY_PHASE1, PHASE1, PHASE2, PHASE3, PHASE4");
        assertThat(design.phases()).containsExactly(Phase.PHASE2);
        assertThat(design.allocation()).isEmpty();
        assertThat(design.masking().orElseThrow().whoMasked()).containsExactly(WhoMasked.PARTICIPANT);
        assertThat(design.enrollment()).as("a count without its type").isEmpty();
        assertThat(design.arms()).extracting(a -> a.label()).containsExactly("Transplant");
        assertThat(design.arms().get(0).interventionNames()).containsExactly("Stool transplant");
        assertThat(result.study().completionDate()).as("the date is kept without its unknown type")
                .contains(new RegistryDate(PartialDate.of(java.time.YearMonth.of(2022, 5)), Optional.empty()));
        assertThat(result.study().startDate()).isEmpty();
        assertThat(result.study().secondaryIds().get(0).type()).isEmpty();
        assertThat(result.unmapped()).extracting(UnmappedField::pointer, UnmappedField::reason).containsExactly(
                tuple("/protocolSection/designModule/enrollmentInfo/count",
                        "the enrollment is incomplete: see the rejected values"),
                tuple("/protocolSection/armsInterventionsModule/armGroups/1/label",
                        "the arm was not imported: see the rejected values"),
                tuple("/derivedSection", "derived by the registry; not imported"),
                tuple("/hasResults", "results are not imported"));
    }
}
