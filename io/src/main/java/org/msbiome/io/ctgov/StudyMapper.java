package org.msbiome.io.ctgov;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.design.DesignPart;
import org.msbiome.core.design.OverallStatus;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.population.MsCourse;
import org.msbiome.core.population.Population;
import org.msbiome.core.reporting.Absence;
import org.msbiome.io.ctgov.DesignModuleMapper.StudyFields;
import org.msbiome.io.ctgov.IdentificationMapper.Identification;
import org.msbiome.io.ctgov.StatusMapper.Dates;
import tools.jackson.databind.JsonNode;

/**
 * Maps one study record: runs one mapper per ClinicalTrials.gov module over an {@link AccountingReader},
 * builds the design and the study, and lists what was left unmapped from the {@link Account}.
 *
 * <p>The {@code resultsSection}, a sibling of the {@code protocolSection} in {@code root}, is read by
 * {@link ResultsMapper} through the same reader: whatever it marks, infers or rejects leaves the unmapped
 * list by itself.
 */
final class StudyMapper {
    private final JsonNode root;
    private final Account account = new Account();
    private final AccountingReader reader = new AccountingReader(account);

    StudyMapper(JsonNode root) {
        this.root = root;
    }

    /** The account, for tests that measure its work. */
    Account account() {
        return account;
    }

    CtgovImport map(JsonNode section, String base) {
        JsonNode identificationModule = reader.object(section, base, "identificationModule");
        if (identificationModule == null && section.get("identificationModule") == null) {
            reader.missing(base, "identificationModule", "the record has no NCT ID");
        }
        Identification identification = identificationModule == null ? Identification.NONE
                : IdentificationMapper.map(reader, identificationModule, base + "/identificationModule");
        JsonNode statusModule = reader.object(section, base, "statusModule");
        Dates dates = statusModule == null ? Dates.NONE : StatusMapper.map(reader, statusModule, base + "/statusModule");
        Map<String, String> conditions = Map.of();
        List<String> keywords = List.of();
        JsonNode conditionsModule = reader.object(section, base, "conditionsModule");
        if (conditionsModule != null) {
            String p = base + "/conditionsModule";
            conditions = reader.strings(conditionsModule, p, "conditions");
            keywords = List.copyOf(reader.strings(conditionsModule, p, "keywords").values());
        }
        JsonNode designModule = reader.object(section, base, "designModule");
        String dm = base + "/designModule";
        StudyType studyType = designModule == null ? null
                : reader.code(designModule, dm, "studyType", StudyType::fromCode).orElse(null);
        StudyFields studyFields = designModule == null ? StudyFields.NONE
                : DesignModuleMapper.studyFields(reader, designModule, dm);
        TrialDesign design = null;
        Map<String, InterventionType> interventionTypes = Map.of();
        if (studyType == null) {
            if (designModule == null || designModule.get("studyType") == null) {
                reader.reject(dm + "/studyType", null, "missing: a design needs the study type; no design was built");
            }
            String reason = "no design was built: the record has no usable study type";
            for (String module : List.of("designModule", "armsInterventionsModule", "outcomesModule",
                    "eligibilityModule")) {
                reader.because(base + "/" + module, reason);
            }
            reader.because(base + "/statusModule/overallStatus", reason);
        } else {
            ArmsInterventionsMapper arms = new ArmsInterventionsMapper(reader);
            design = design(studyType, section, base, designModule, dm, arms, conditions, identification);
            interventionTypes = arms.interventionTypes();
        }
        Optional<CtgovResults> results = Optional.empty();
        JsonNode resultsSection = reader.object(root, "", "resultsSection");
        if (resultsSection != null) {
            reader.bool(root, "", "hasResults");
            results = Optional.of(ResultsMapper.map(reader, resultsSection, "/resultsSection",
                    Optional.ofNullable(design), identification.nctId()));
        }
        CtgovStudy study = new CtgovStudy(identification.nctId(), identification.orgStudyId(),
                identification.secondaryIds(), identification.briefTitle(), identification.officialTitle(),
                identification.acronym(), dates.statusVerified(), dates.start(), dates.primaryCompletion(),
                dates.completion(), List.copyOf(conditions.values()), keywords,
                studyFields.interventionModelDescription(), studyFields.observationalModel(),
                studyFields.timePerspective(), studyFields.patientRegistry(), studyFields.targetDuration(),
                studyFields.bioSpecRetention(), studyFields.bioSpecDescription(), interventionTypes);
        List<String> mappedInOrder = new ArrayList<>();
        List<UnmappedField> unmapped = new ArrayList<>();
        account.walk(root, "", mappedInOrder, unmapped);
        return new CtgovImport(Optional.ofNullable(design), study, results, mappedInOrder, account.inferred(),
                account.rejected(), account.missing(), account.mentions(), unmapped);
    }

    private TrialDesign design(StudyType studyType, JsonNode section, String base, @Nullable JsonNode module,
            String dm, ArmsInterventionsMapper armsMapper, Map<String, String> conditions,
            Identification identification) {
        TrialDesign.Builder builder = TrialDesign.builder(studyType);
        if (module != null) {
            DesignModuleMapper.designFields(reader, builder, module, dm);
        }
        JsonNode status = section.get("statusModule");
        if (status != null && status.isObject()) {
            reader.code(status, base + "/statusModule", "overallStatus", OverallStatus::fromCode)
                    .ifPresent(builder::overallStatus);
        }
        JsonNode arms = reader.object(section, base, "armsInterventionsModule");
        if (arms != null) {
            armsMapper.map(builder, arms, base + "/armsInterventionsModule");
        } else {
            if (section.get("armsInterventionsModule") == null) {
                reader.missing(base, "armsInterventionsModule", "the record states no arms or interventions; the "
                        + "design marks both not reported (not the same as no arms)");
            }
            builder.absent(DesignPart.ARMS, Absence.NOT_REPORTED).absent(DesignPart.INTERVENTIONS, Absence.NOT_REPORTED);
        }
        JsonNode outcomes = reader.object(section, base, "outcomesModule");
        if (outcomes != null) {
            OutcomesMapper.map(reader, builder, outcomes, base + "/outcomesModule");
        } else {
            if (section.get("outcomesModule") == null) {
                reader.missing(base, "outcomesModule", "the record states no outcome measures; the design marks "
                        + "them not reported");
            }
            builder.absent(DesignPart.OUTCOMES, Absence.NOT_REPORTED);
        }
        List<MsCourse> phenotypes = TextInference.phenotypes(reader, conditions);
        JsonNode eligibility = reader.object(section, base, "eligibilityModule");
        Population population = EligibilityMapper.map(reader, eligibility, base + "/eligibilityModule", phenotypes);
        if (population != null) {
            builder.population(population);
        }
        identification.registrations().forEach(builder::registration);
        TrialDesign design = builder.build();
        DesignViolations.check(account, design, base, armsMapper.armPointers(), armsMapper.interventionPointers());
        return design;
    }
}
