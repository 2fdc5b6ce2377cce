package org.msbiome.io.ctgov;

import org.msbiome.core.evidence.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.Enrollment;
import org.msbiome.core.design.InterventionModel;
import org.msbiome.core.design.Masking;
import org.msbiome.core.design.OtherIntervention;
import org.msbiome.core.design.OverallStatus;
import org.msbiome.core.design.Phase;
import org.msbiome.core.design.PrimaryPurpose;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.outcome.CustomMeasure;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.core.outcome.OutcomeRole;
import org.msbiome.core.population.Population;
import org.msbiome.core.population.Sex;
import org.msbiome.core.registry.Registry;
import org.msbiome.core.registry.RegistryId;
import tools.jackson.databind.JsonNode;

/**
 * Imports the real record NCT02513394 (PALLAS; public repository mcode/clinical-trial-matching-service,
 * spec/data/NCT02513394.json, cut to protocolSection and hasResults) and checks the result against the file.
 */
class CtgovImporterRealRecordTest {
    private static final String FILE = "NCT02513394.json";
    private final CtgovImport result = CtgovRecords.load(FILE);
    private final JsonNode section = CtgovRecords.tree(FILE).get("protocolSection");
    private final TrialDesign design = result.design().orElseThrow();

    @Test
    void importsTheRealRecordWithoutRejectingAnything() {
        assertThat(result.rejected()).isEmpty();
        assertThat(result.isClean()).isTrue();
    }

    @Test
    void mapsTheDesignModule() {
        JsonNode dm = section.get("designModule");
        assertThat(design.studyType()).isEqualTo(StudyType.fromCode(dm.get("studyType").asString()))
                .isEqualTo(StudyType.INTERVENTIONAL);
        assertThat(design.phases()).containsExactly(Phase.PHASE3);
        assertThat(design.allocation()).contains(Allocation.RANDOMIZED);
        assertThat(design.interventionModel()).contains(InterventionModel.PARALLEL);
        assertThat(design.primaryPurpose()).contains(PrimaryPurpose.TREATMENT);
        assertThat(design.masking().orElseThrow().masking()).isEqualTo(Masking.NONE);
        assertThat(design.masking().orElseThrow().whoMasked()).isEmpty();
        assertThat(design.enrollment()).contains(Enrollment.actual(dm.get("enrollmentInfo").get("count").asInt()));
        assertThat(design.enrollment().orElseThrow().count()).isEqualTo(5796);
        assertThat(design.overallStatus()).contains(OverallStatus.ACTIVE_NOT_RECRUITING);
    }

    @Test
    void mapsArmsLinkedToInterventionsByTypedNames() {
        JsonNode armGroups = section.get("armsInterventionsModule").get("armGroups");
        assertThat(design.arms()).hasSize(armGroups.size());
        for (int i = 0; i < armGroups.size(); i++) {
            Arm arm = design.arms().get(i);
            assertThat(arm.label()).isEqualTo(armGroups.get(i).get("label").asString());
            assertThat(arm.type()).isEqualTo(ArmType.fromCode(armGroups.get(i).get("type").asString()));
            assertThat(arm.description()).contains(armGroups.get(i).get("description").asString());
        }
        assertThat(design.arms().get(0).interventionNames())
                .containsExactly("Palbociclib", "Standard Adjuvant Endocrine Therapy");
        assertThat(design.arms().get(1).interventionNames()).containsExactly("Standard Adjuvant Endocrine Therapy");
        assertThat(design.arms().get(1).type()).isEqualTo(ArmType.OTHER);
    }

    @Test
    void mapsInterventionsAsDescribedInWordsWithTheirType() {
        assertThat(design.interventions()).containsExactly(
                new OtherIntervention("Palbociclib", Optional.empty(), org.msbiome.core.design.Regimen.notReported()),
                new OtherIntervention("Standard Adjuvant Endocrine Therapy", Optional.empty(),
                        org.msbiome.core.design.Regimen.notReported()));
        assertThat(result.study().interventionTypes()).containsOnlyKeys("Palbociclib",
                "Standard Adjuvant Endocrine Therapy").containsValue(InterventionType.DRUG);
    }

    @Test
    void mapsOutcomesWithRolesDescriptionsAndTimeFrames() {
        JsonNode om = section.get("outcomesModule");
        List<JsonNode> primary = List.copyOf(om.get("primaryOutcomes").values());
        List<JsonNode> secondary = List.copyOf(om.get("secondaryOutcomes").values());
        assertThat(design.outcomes()).hasSize(primary.size() + secondary.size()).hasSize(5);
        IntStream.range(0, design.outcomes().size()).forEach(i -> {
            JsonNode source = i < primary.size() ? primary.get(i) : secondary.get(i - primary.size());
            Outcome outcome = design.outcomes().get(i);
            assertThat(outcome.role()).contains(i < primary.size() ? OutcomeRole.PRIMARY : OutcomeRole.SECONDARY);
            assertThat(outcome.measure()).isEqualTo(new CustomMeasure(source.get("measure").asString(),
                    Optional.of(source.get("description").asString()), Optional.empty()));
            assertThat(outcome.timeFrame()).contains(source.get("timeFrame").asString()).contains("4 years");
        });
        assertThat(design.outcomes().get(0).measure().title()).isEqualTo("Invasive Disease Free Survival (iDFS)");
    }

    @Test
    void mapsEligibilityWithNoMaximumAgeWhenTheFieldIsOmitted() {
        Population population = design.population().orElseThrow();
        assertThat(population.sex()).contains(Sex.ALL);
        assertThat(population.minimumAge()).contains(18);
        assertThat(section.get("eligibilityModule").get("maximumAge")).isNull();
        assertThat(population.maximumAge()).isEmpty();
        assertThat(population.healthyVolunteers()).contains(false);
        assertThat(population.phenotypes()).as("'Breast Cancer' names no MS phenotype").isEmpty();
    }

    @Test
    void mapsIdentificationStatusDatesAndConditions() {
        CtgovStudy study = result.study();
        assertThat(study.nctId()).contains(RegistryId.of(Registry.CLINICALTRIALS_GOV, "NCT02513394"));
        assertThat(study.orgStudyId()).contains("AFT-05");
        assertThat(study.briefTitle()).contains("PALbociclib CoLlaborative Adjuvant Study");
        assertThat(study.officialTitle()).hasValueSatisfying(t -> assertThat(t).startsWith("PALbociclib CoLlaborative"));
        assertThat(study.acronym()).contains("PALLAS");
        assertThat(study.secondaryIds()).extracting(SecondaryId::id)
                .containsExactly("ABCSG 42", "BIG 14-03", "2014-005181-30");
        assertThat(study.secondaryIds().get(0).domain()).contains("ABCSG GmbH");
        assertThat(study.secondaryIds().get(2).type()).contains(SecondaryIdType.EUDRACT_NUMBER);
        assertThat(design.registrations()).containsExactly(
                RegistryId.of(Registry.CLINICALTRIALS_GOV, "NCT02513394"), RegistryId.of(Registry.EUDRACT, "2014-005181-30"));
        assertThat(study.statusVerifiedDate()).contains(new RegistryDate(PartialDate.of(YearMonth.of(2023, 4)), Optional.empty()));
        assertThat(study.startDate()).as("the record gives no type").contains(
                new RegistryDate(PartialDate.of(YearMonth.of(2015, 8)), Optional.empty()));
        assertThat(study.primaryCompletionDate()).contains(new RegistryDate(PartialDate.of(YearMonth.of(2020, 11)), Optional.of(DateType.ACTUAL)));
        assertThat(study.completionDate()).contains(new RegistryDate(PartialDate.of(YearMonth.of(2025, 9)), Optional.of(DateType.ESTIMATED)));
        assertThat(study.conditions()).containsExactly("Breast Cancer");
        assertThat(study.keywords()).containsExactly("HR+/HER2- breast cancer", "Palbociclib");
    }

    @Test
    void listsTheFieldsItDidNotMapByPointer() {
        assertThat(result.unmapped()).extracting(UnmappedField::pointer).contains(
                "/protocolSection/identificationModule/organization",
                "/protocolSection/statusModule/expandedAccessInfo",
                "/protocolSection/statusModule/studyFirstSubmitDate",
                "/protocolSection/sponsorCollaboratorsModule",
                "/protocolSection/oversightModule",
                "/protocolSection/descriptionModule",
                "/protocolSection/eligibilityModule/eligibilityCriteria",
                "/protocolSection/eligibilityModule/stdAges",
                "/protocolSection/contactsLocationsModule",
                "/protocolSection/referencesModule",
                "/hasResults");
        assertThat(result.unmapped()).filteredOn(u -> u.pointer().equals("/protocolSection/eligibilityModule/eligibilityCriteria"))
                .extracting(UnmappedField::reason).containsExactly("free text; eligibility criteria are not parsed");
        assertThat(result.mapped()).contains("/protocolSection/identificationModule/nctId",
                "/protocolSection/designModule/designInfo/maskingInfo/masking",
                "/protocolSection/armsInterventionsModule/armGroups/0/interventionNames/1",
                "/protocolSection/outcomesModule/secondaryOutcomes/3/timeFrame",
                "/protocolSection/eligibilityModule/minimumAge");
        assertThat(result.inferred()).as("the secondary IDs 'ABCSG 42' and 'BIG 14-03' have no registry's form").isEmpty();
    }
}
