package org.msbiome.io.ctgov;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.Enrollment;
import org.msbiome.core.design.EnrollmentType;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.design.InterventionModel;
import org.msbiome.core.design.Masking;
import org.msbiome.core.design.MaskingInfo;
import org.msbiome.core.design.OtherIntervention;
import org.msbiome.core.design.OverallStatus;
import org.msbiome.core.design.Phase;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.design.PrimaryPurpose;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.Regimen;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.design.WhoMasked;
import org.msbiome.core.outcome.CustomMeasure;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.core.outcome.OutcomeRole;
import org.msbiome.core.population.MsCourse;
import org.msbiome.core.population.MsPhenotype;
import org.msbiome.core.population.Population;
import org.msbiome.core.population.Sex;
import org.msbiome.core.registry.Registry;
import org.msbiome.core.registry.RegistryId;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.taxonomy.NameResolution;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.taxonomy.Taxonomy;
import org.msbiome.core.validation.MsbiomeValidation;
import tools.jackson.databind.JsonNode;

/**
 * Maps one study record. Not thread-safe; one instance per record.
 *
 * <p>Every value read is marked: mapped, inferred from, or rejected. What is left unmarked is reported
 * as unmapped, as the largest objects or arrays of which nothing was used.
 */
final class StudyMapper {
    private static final Pattern AGE = Pattern.compile(
            "(\\d{1,9}) (Year|Years|Month|Months|Week|Weeks|Day|Days|Hour|Hours|Minute|Minutes)");
    private static final Pattern BINOMIAL = Pattern.compile(
            "\\b([A-Z][a-z]+|[A-Z][a-z]{0,3}\\.)\\s+([a-z]{3,})(\\s+subsp\\.\\s+[a-z]{3,})?");
    private static final Pattern PLACEBO = Pattern.compile("\\bplacebo\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROBIOTIC = Pattern.compile("\\b(probiotics?|synbiotics?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Condition texts that name one MS phenotype (Lublin et al. 2014, PMID 24871874), after lower-casing and
     * replacing punctuation with spaces. "Multiple Sclerosis" alone and "Relapsing Multiple Sclerosis" (which
     * includes secondary progressive MS with relapses) name no single phenotype and are not here.
     */
    private static final Map<String, MsPhenotype> PHENOTYPES = Map.ofEntries(
            Map.entry("relapsing remitting multiple sclerosis", MsPhenotype.RRMS),
            Map.entry("multiple sclerosis relapsing remitting", MsPhenotype.RRMS),
            Map.entry("relapsing remitting ms", MsPhenotype.RRMS),
            Map.entry("rrms", MsPhenotype.RRMS),
            Map.entry("secondary progressive multiple sclerosis", MsPhenotype.SPMS),
            Map.entry("multiple sclerosis secondary progressive", MsPhenotype.SPMS),
            Map.entry("secondary progressive ms", MsPhenotype.SPMS),
            Map.entry("spms", MsPhenotype.SPMS),
            Map.entry("primary progressive multiple sclerosis", MsPhenotype.PPMS),
            Map.entry("multiple sclerosis primary progressive", MsPhenotype.PPMS),
            Map.entry("primary progressive ms", MsPhenotype.PPMS),
            Map.entry("ppms", MsPhenotype.PPMS),
            Map.entry("clinically isolated syndrome", MsPhenotype.CIS));

    /** Why a field is not mapped, by the field's name; other fields get {@link #NO_PLACE}. */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("eligibilityCriteria", "free text; eligibility criteria are not parsed"),
            Map.entry("stdAges", "derived by the registry from the age limits"),
            Map.entry("resultsSection", "results are not imported"),
            Map.entry("derivedSection", "derived by the registry; not imported"),
            Map.entry("hasResults", "results are not imported"),
            Map.entry("contactsLocationsModule", "contacts and sites are not part of the vocabulary"),
            Map.entry("sponsorCollaboratorsModule", "sponsors are not part of the vocabulary"),
            Map.entry("descriptionModule", "free text; summaries are not parsed"),
            Map.entry("referencesModule", "references are not part of the vocabulary"),
            Map.entry("otherNames", "the vocabulary keeps one name per intervention"));
    private static final String NO_PLACE = "no place for it in the msbiome vocabulary";

    private final JsonNode root;
    private final Set<String> mapped = new LinkedHashSet<>();
    private final Set<String> inferredFrom = new LinkedHashSet<>();
    private final Set<String> rejectedAt = new LinkedHashSet<>();
    private final List<InferredValue> inferred = new ArrayList<>();
    private final List<RejectedValue> rejected = new ArrayList<>();
    private final Map<String, String> unmappedReasons = new HashMap<>();
    private Set<String> sink = mapped;

    // Study parts.
    private @Nullable RegistryId nctId;
    private @Nullable String orgStudyId;
    private final List<SecondaryId> secondaryIds = new ArrayList<>();
    private @Nullable String briefTitle;
    private @Nullable String officialTitle;
    private @Nullable String acronym;
    private @Nullable RegistryDate statusVerifiedDate;
    private @Nullable RegistryDate startDate;
    private @Nullable RegistryDate primaryCompletionDate;
    private @Nullable RegistryDate completionDate;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, String> conditionPointers = new LinkedHashMap<>();
    private final List<String> keywords = new ArrayList<>();
    private @Nullable String interventionModelDescription;
    private @Nullable ObservationalModel observationalModel;
    private @Nullable TimePerspective timePerspective;
    private @Nullable Boolean patientRegistry;
    private @Nullable String targetDuration;
    private @Nullable BioSpecRetention bioSpecRetention;
    private @Nullable String bioSpecDescription;
    private final Map<String, InterventionType> interventionTypes = new LinkedHashMap<>();
    private final List<RegistryId> registrations = new ArrayList<>();

    // Source pointers of the design's arms and interventions, by their index in the design.
    private final List<String> armPointers = new ArrayList<>();
    private final List<String> interventionPointers = new ArrayList<>();

    StudyMapper(JsonNode root) {
        this.root = root;
    }

    CtgovImport map(JsonNode section, String base) {
        JsonNode identification = object(section, base, "identificationModule");
        if (identification != null) {
            identification(identification, base + "/identificationModule");
        }
        JsonNode status = object(section, base, "statusModule");
        if (status != null) {
            dates(status, base + "/statusModule");
        }
        JsonNode conditionsModule = object(section, base, "conditionsModule");
        if (conditionsModule != null) {
            String p = base + "/conditionsModule";
            conditionPointers.putAll(strings(conditionsModule, p, "conditions"));
            conditions.addAll(conditionPointers.values());
            keywords.addAll(strings(conditionsModule, p, "keywords").values());
        }
        JsonNode designModule = object(section, base, "designModule");
        String dm = base + "/designModule";
        StudyType studyType = designModule == null ? null
                : code(designModule, dm, "studyType", StudyType::fromCode).orElse(null);
        if (designModule != null) {
            studyDesign(designModule, dm);
        }
        TrialDesign design = null;
        if (studyType == null) {
            if (designModule == null || designModule.get("studyType") == null) {
                reject(dm + "/studyType", null, "missing: a design needs the study type; no design was built");
            }
            String reason = "no design was built: the record has no usable study type";
            for (String module : List.of("designModule", "armsInterventionsModule", "outcomesModule",
                    "eligibilityModule")) {
                unmappedReasons.put(base + "/" + module, reason);
            }
            unmappedReasons.put(base + "/statusModule/overallStatus", reason);
        } else {
            design = design(studyType, section, base, designModule, dm);
        }
        CtgovStudy study = new CtgovStudy(Optional.ofNullable(nctId), Optional.ofNullable(orgStudyId), secondaryIds,
                Optional.ofNullable(briefTitle), Optional.ofNullable(officialTitle), Optional.ofNullable(acronym),
                Optional.ofNullable(statusVerifiedDate), Optional.ofNullable(startDate),
                Optional.ofNullable(primaryCompletionDate), Optional.ofNullable(completionDate), conditions, keywords,
                Optional.ofNullable(interventionModelDescription), Optional.ofNullable(observationalModel),
                Optional.ofNullable(timePerspective), Optional.ofNullable(patientRegistry),
                Optional.ofNullable(targetDuration), Optional.ofNullable(bioSpecRetention),
                Optional.ofNullable(bioSpecDescription), interventionTypes);
        List<String> mappedInOrder = new ArrayList<>();
        List<UnmappedField> unmapped = new ArrayList<>();
        walk(root, "", mappedInOrder, unmapped);
        return new CtgovImport(Optional.ofNullable(design), study, mappedInOrder, inferred, rejected, unmapped);
    }

    // ---- identification, status, study design -------------------------------------------------------

    private void identification(JsonNode module, String p) {
        Optional<String> nct = rawString(module, p, "nctId");
        if (nct.isPresent()) {
            try {
                nctId = RegistryId.of(Registry.CLINICALTRIALS_GOV, nct.get());
                registrations.add(nctId);
                mark(p + "/nctId");
            } catch (IllegalArgumentException e) {
                reject(p + "/nctId", module.get("nctId"), e.getMessage());
            }
        }
        JsonNode org = object(module, p, "orgStudyIdInfo");
        if (org != null) {
            orgStudyId = text(org, p + "/orgStudyIdInfo", "id").orElse(null);
        }
        List<JsonNode> secondaries = array(module, p, "secondaryIdInfos");
        for (int i = 0; i < secondaries.size(); i++) {
            secondaryId(secondaries.get(i), p + "/secondaryIdInfos/" + i);
        }
        briefTitle = text(module, p, "briefTitle").orElse(null);
        officialTitle = text(module, p, "officialTitle").orElse(null);
        acronym = text(module, p, "acronym").orElse(null);
    }

    private void secondaryId(JsonNode node, String p) {
        if (!node.isObject()) {
            reject(p, node, "expected an object with an id");
            return;
        }
        Optional<String> id = text(node, p, "id");
        Optional<SecondaryIdType> type = code(node, p, "type", SecondaryIdType::fromCode);
        Optional<String> domain = text(node, p, "domain");
        if (id.isEmpty()) {
            if (node.get("id") == null) {
                reject(p + "/id", null, "missing: a secondary identifier needs its id");
            }
            return;
        }
        RegistryId registryId = null;
        Registry typed = type.map(t -> switch (t) {
            case EUDRACT_NUMBER -> Registry.EUDRACT;
            case CTIS -> Registry.EU_CT;
            default -> null;
        }).orElse(null);
        if (typed != null) {
            try {
                registryId = RegistryId.of(typed, id.get());
            } catch (IllegalArgumentException e) {
                rejectedAt.add(p + "/id");
                rejected.add(new RejectedValue(p + "/id", Optional.of(node.get("id").toString()),
                        "kept as a secondary identifier, but not a registry identifier: " + e.getMessage()));
            }
        } else if (type.isEmpty() || type.get() == SecondaryIdType.REGISTRY || type.get() == SecondaryIdType.OTHER) {
            Optional<RegistryId> found = RegistryId.lookup(id.get());
            if (found.isPresent()) {
                registryId = found.get();
                infer("study.secondaryIds.registryId", registryId.toString(), p + "/id", id.get(),
                        "the identifier has the form of " + registryId.registry().code() + " identifiers, like '"
                                + registryId.registry().example() + "'");
            }
        }
        if (registryId != null && !registrations.contains(registryId)) {
            registrations.add(registryId);
        }
        secondaryIds.add(new SecondaryId(id.get(), type, domain, Optional.ofNullable(registryId)));
    }

    private void dates(JsonNode module, String p) {
        Optional<String> verified = rawString(module, p, "statusVerifiedDate");
        if (verified.isPresent()) {
            statusVerifiedDate = date(module.get("statusVerifiedDate"), p + "/statusVerifiedDate", verified.get(),
                    Optional.empty());
        }
        startDate = dateStruct(module, p, "startDateStruct");
        primaryCompletionDate = dateStruct(module, p, "primaryCompletionDateStruct");
        completionDate = dateStruct(module, p, "completionDateStruct");
    }

    private @Nullable RegistryDate dateStruct(JsonNode module, String p, String name) {
        JsonNode struct = object(module, p, name);
        if (struct == null) {
            return null;
        }
        String sp = p + "/" + name;
        Optional<DateType> type = code(struct, sp, "type", DateType::fromCode);
        Optional<String> text = rawString(struct, sp, "date");
        if (text.isEmpty()) {
            if (struct.get("date") == null) {
                reject(sp + "/date", null, "missing: a date structure needs its date");
            }
            return null;
        }
        return date(struct.get("date"), sp + "/date", text.get(), type);
    }

    private @Nullable RegistryDate date(JsonNode node, String p, String text, Optional<DateType> type) {
        try {
            RegistryDate date = RegistryDate.parse(text, type);
            mark(p);
            return date;
        } catch (IllegalArgumentException e) {
            reject(p, node, e.getMessage());
            return null;
        }
    }

    /** The designModule fields that describe the study but have no place in a {@link TrialDesign}. */
    private void studyDesign(JsonNode module, String p) {
        patientRegistry = bool(module, p, "patientRegistry").orElse(null);
        Optional<String> duration = rawString(module, p, "targetDuration");
        if (duration.isPresent()) {
            if (AGE.matcher(duration.get()).matches()) {
                targetDuration = duration.get();
                mark(p + "/targetDuration");
            } else {
                reject(p + "/targetDuration", module.get("targetDuration"),
                        "not a number and a unit; expected like '6 Months' (OpenAPI pattern of targetDuration)");
            }
        }
        JsonNode info = object(module, p, "designInfo");
        if (info != null) {
            String ip = p + "/designInfo";
            interventionModelDescription = text(info, ip, "interventionModelDescription").orElse(null);
            observationalModel = code(info, ip, "observationalModel", ObservationalModel::fromCode).orElse(null);
            timePerspective = code(info, ip, "timePerspective", TimePerspective::fromCode).orElse(null);
        }
        JsonNode bioSpec = object(module, p, "bioSpec");
        if (bioSpec != null) {
            bioSpecRetention = code(bioSpec, p + "/bioSpec", "retention", BioSpecRetention::fromCode).orElse(null);
            bioSpecDescription = text(bioSpec, p + "/bioSpec", "description").orElse(null);
        }
    }

    // ---- the design ----------------------------------------------------------------------------------

    private TrialDesign design(StudyType studyType, JsonNode section, String base, @Nullable JsonNode module, String dm) {
        TrialDesign.Builder builder = TrialDesign.builder(studyType);
        if (module != null) {
            designModule(builder, module, dm);
        }
        JsonNode status = section.get("statusModule");
        if (status != null && status.isObject()) {
            code(status, base + "/statusModule", "overallStatus", OverallStatus::fromCode).ifPresent(builder::overallStatus);
        }
        JsonNode arms = object(section, base, "armsInterventionsModule");
        if (arms != null) {
            armsAndInterventions(builder, arms, base + "/armsInterventionsModule");
        }
        JsonNode outcomes = object(section, base, "outcomesModule");
        if (outcomes != null) {
            String op = base + "/outcomesModule";
            outcomes(builder, outcomes, op, "primaryOutcomes", OutcomeRole.PRIMARY);
            outcomes(builder, outcomes, op, "secondaryOutcomes", OutcomeRole.SECONDARY);
            outcomes(builder, outcomes, op, "otherOutcomes", OutcomeRole.OTHER_PRE_SPECIFIED);
        }
        List<MsCourse> phenotypes = phenotypes();
        JsonNode eligibility = object(section, base, "eligibilityModule");
        Population population = population(eligibility, base + "/eligibilityModule", phenotypes);
        if (population != null) {
            builder.population(population);
        }
        registrations.forEach(builder::registration);
        TrialDesign design = builder.build();
        for (ConstraintViolation<TrialDesign> v : MsbiomeValidation.validator().validate(design)) {
            String path = v.getPropertyPath().toString();
            String pointer = pointerOf(path, base, dm);
            rejectedAt.add(pointer);
            rejected.add(new RejectedValue(pointer, Optional.empty(),
                    "the imported design breaks a rule of the vocabulary at " + (path.isEmpty() ? "the design" : path)
                            + ": " + v.getMessage()));
        }
        return design;
    }

    private String pointerOf(String path, String base, String dm) {
        String ai = base + "/armsInterventionsModule";
        Matcher arm = Pattern.compile("arms\\[(\\d+)\\].*").matcher(path);
        if (arm.matches() && Integer.parseInt(arm.group(1)) < armPointers.size()) {
            return armPointers.get(Integer.parseInt(arm.group(1)));
        }
        Matcher intervention = Pattern.compile("interventions\\[(\\d+)\\].*").matcher(path);
        if (intervention.matches() && Integer.parseInt(intervention.group(1)) < interventionPointers.size()) {
            return interventionPointers.get(Integer.parseInt(intervention.group(1)));
        }
        if (path.startsWith("arms")) {
            return ai + "/armGroups";
        }
        if (path.startsWith("interventions")) {
            return ai + "/interventions";
        }
        if (path.startsWith("phases")) {
            return dm + "/phases";
        }
        if (path.startsWith("masking")) {
            return dm + "/designInfo/maskingInfo";
        }
        if (path.startsWith("enrollment")) {
            return dm + "/enrollmentInfo";
        }
        if (path.startsWith("population")) {
            return base + "/eligibilityModule";
        }
        if (path.startsWith("washout") || path.startsWith("periods") || path.startsWith("allocationRatio")) {
            return dm + "/designInfo/interventionModel";
        }
        return base;
    }

    private void designModule(TrialDesign.Builder builder, JsonNode module, String p) {
        List<Phase> phases = new ArrayList<>();
        List<JsonNode> phaseNodes = array(module, p, "phases");
        for (int i = 0; i < phaseNodes.size(); i++) {
            codeOf(phaseNodes.get(i), p + "/phases/" + i, Phase::fromCode).ifPresent(phases::add);
        }
        builder.phases(phases.toArray(Phase[]::new));
        JsonNode info = object(module, p, "designInfo");
        if (info != null) {
            String ip = p + "/designInfo";
            code(info, ip, "allocation", Allocation::fromCode).ifPresent(builder::allocation);
            code(info, ip, "interventionModel", InterventionModel::fromCode).ifPresent(builder::interventionModel);
            code(info, ip, "primaryPurpose", PrimaryPurpose::fromCode).ifPresent(builder::primaryPurpose);
            JsonNode masking = object(info, ip, "maskingInfo");
            if (masking != null) {
                masking(builder, masking, ip + "/maskingInfo");
            }
        }
        JsonNode enrollment = object(module, p, "enrollmentInfo");
        if (enrollment != null) {
            String ep = p + "/enrollmentInfo";
            Optional<Integer> count = integer(enrollment, ep, "count");
            Optional<EnrollmentType> type = code(enrollment, ep, "type", EnrollmentType::fromCode);
            if (count.isPresent() && type.isPresent()) {
                builder.enrollment(new Enrollment(count.get(), type.get()));
            } else if (count.isPresent() && enrollment.get("type") == null) {
                unmark(ep + "/count");
                reject(ep + "/count", enrollment.get("count"),
                        "an enrollment count without its type (ACTUAL or ESTIMATED) is not imported");
            } else if (type.isPresent() && enrollment.get("count") == null) {
                unmark(ep + "/type");
                reject(ep + "/type", enrollment.get("type"), "an enrollment type without a count is not imported");
            } else {
                unmark(ep + "/count");
                unmark(ep + "/type");
                unmappedReasons.put(ep, "the enrollment is incomplete: see the rejected values");
            }
        }
    }

    private void masking(TrialDesign.Builder builder, JsonNode node, String p) {
        Optional<Masking> masking = code(node, p, "masking", Masking::fromCode);
        Set<WhoMasked> who = new LinkedHashSet<>();
        List<JsonNode> whoNodes = array(node, p, "whoMasked");
        for (int i = 0; i < whoNodes.size(); i++) {
            codeOf(whoNodes.get(i), p + "/whoMasked/" + i, WhoMasked::fromCode).ifPresent(who::add);
        }
        Optional<String> description = text(node, p, "maskingDescription");
        if (masking.isPresent()) {
            builder.masking(new MaskingInfo(masking.get(), who, description));
        } else {
            for (int i = 0; i < whoNodes.size(); i++) {
                unmark(p + "/whoMasked/" + i);
            }
            unmark(p + "/maskingDescription");
            unmappedReasons.put(p, "masking roles and description are not imported without the masking");
        }
    }

    private void armsAndInterventions(TrialDesign.Builder builder, JsonNode module, String p) {
        // Interventions first: arms refer to them.
        List<JsonNode> interventionNodes = array(module, p, "interventions");
        Map<String, Intervention> byName = new LinkedHashMap<>();
        Map<String, List<String>> armLabelsOf = new LinkedHashMap<>();
        Map<String, String> pointerOf = new HashMap<>();
        for (int i = 0; i < interventionNodes.size(); i++) {
            String ip = p + "/interventions/" + i;
            JsonNode node = interventionNodes.get(i);
            if (!node.isObject()) {
                reject(ip, node, "expected an intervention object");
                continue;
            }
            Set<String> saved = sink;
            sink = new LinkedHashSet<>();
            Optional<String> name = text(node, ip, "name");
            Optional<InterventionType> type = code(node, ip, "type", InterventionType::fromCode);
            if (name.isEmpty() || byName.containsKey(name.get())) {
                if (name.isEmpty() && node.get("name") == null) {
                    reject(ip + "/name", null, "missing: an intervention needs a name; not imported");
                } else if (name.isPresent()) {
                    reject(ip + "/name", node.get("name"), "repeats the name of " + pointerOf.get(name.get())
                            + "; the second intervention is not imported");
                }
                unmappedReasons.put(ip, "the intervention was not imported: see the rejected values");
                sink = saved;
                continue;
            }
            Intervention intervention = intervention(node, ip, name.get());
            byName.put(name.get(), intervention);
            pointerOf.put(name.get(), ip);
            type.ifPresent(t -> interventionTypes.put(name.get(), t));
            List<String> labels = new ArrayList<>();
            List<JsonNode> labelNodes = array(node, ip, "armGroupLabels");
            for (int k = 0; k < labelNodes.size(); k++) {
                stringOf(labelNodes.get(k), ip + "/armGroupLabels/" + k).ifPresent(labels::add);
            }
            armLabelsOf.put(name.get(), labels);
            saved.addAll(sink);
            sink = saved;
        }
        List<JsonNode> armNodes = array(module, p, "armGroups");
        Set<String> armLabels = new LinkedHashSet<>();
        List<Arm> arms = new ArrayList<>();
        for (int i = 0; i < armNodes.size(); i++) {
            String ap = p + "/armGroups/" + i;
            Arm arm = arm(armNodes.get(i), ap, byName);
            if (arm != null) {
                // A repeated label is kept: the design's rule (unique arm labels) reports it.
                armLabels.add(arm.label());
                arms.add(arm);
                armPointers.add(ap);
            }
        }
        // Links stated only on the intervention side (interventions[].armGroupLabels).
        for (Map.Entry<String, List<String>> e : armLabelsOf.entrySet()) {
            String ip = pointerOf.get(e.getKey());
            for (int k = 0; k < e.getValue().size(); k++) {
                String label = e.getValue().get(k);
                if (!armLabels.contains(label)) {
                    unmark(ip + "/armGroupLabels/" + k);
                    reject(ip + "/armGroupLabels/" + k, interventionNodes.get(index(ip)).get("armGroupLabels").get(k),
                            "names no arm of the record (armGroups[].label)");
                    continue;
                }
                for (int a = 0; a < arms.size(); a++) {
                    Arm arm = arms.get(a);
                    if (arm.label().equals(label) && !arm.interventionNames().contains(e.getKey())) {
                        List<String> names = new ArrayList<>(arm.interventionNames());
                        names.add(e.getKey());
                        arms.set(a, new Arm(arm.label(), arm.type(), arm.description(), names, arm.participants()));
                    }
                }
            }
        }
        arms.forEach(builder::arm);
        for (Map.Entry<String, Intervention> e : byName.entrySet()) {
            builder.intervention(e.getValue());
            interventionPointers.add(pointerOf.get(e.getKey()));
        }
    }

    private static int index(String pointer) {
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    private @Nullable Arm arm(JsonNode node, String p, Map<String, Intervention> interventions) {
        if (!node.isObject()) {
            reject(p, node, "expected an arm object");
            return null;
        }
        Set<String> saved = sink;
        sink = new LinkedHashSet<>();
        try {
            Optional<String> label = text(node, p, "label");
            Optional<ArmType> type = code(node, p, "type", ArmType::fromCode);
            Optional<String> description = text(node, p, "description");
            List<String> names = new ArrayList<>();
            List<JsonNode> nameNodes = array(node, p, "interventionNames");
            for (int k = 0; k < nameNodes.size(); k++) {
                String np = p + "/interventionNames/" + k;
                Optional<String> written = stringOf(nameNodes.get(k), np);
                if (written.isEmpty()) {
                    continue;
                }
                Optional<String> name = resolveInterventionName(written.get(), interventions);
                if (name.isPresent()) {
                    if (!names.contains(name.get())) {
                        names.add(name.get());
                    }
                } else {
                    unmark(np);
                    reject(np, nameNodes.get(k), "names no intervention of the record; expected an intervention's"
                            + " name, optionally after its type, like 'Drug: Palbociclib'");
                }
            }
            if (label.isEmpty() || type.isEmpty()) {
                if (label.isEmpty() && node.get("label") == null) {
                    reject(p + "/label", null, "missing: an arm needs a label; the arm is not imported");
                }
                if (type.isEmpty() && node.get("type") == null) {
                    reject(p + "/type", null, "missing: an arm needs a type; the arm is not imported");
                }
                unmappedReasons.put(p, "the arm was not imported: see the rejected values");
                return null;
            }
            Arm arm = new Arm(label.get(), type.get(), description, names, Optional.empty());
            saved.addAll(sink);
            return arm;
        } finally {
            sink = saved;
        }
    }

    /**
     * The intervention an arm's {@code interventionNames} entry names: the name itself, or the name after a
     * type prefix such as {@code "Drug: "} or {@code "Dietary Supplement: "} (the form seen in real records,
     * like {@code "Drug: Palbociclib"} in NCT02513394) when the prefix is the intervention's type.
     */
    private Optional<String> resolveInterventionName(String written, Map<String, Intervention> interventions) {
        if (interventions.containsKey(written)) {
            return Optional.of(written);
        }
        int colon = written.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String prefix = written.substring(0, colon).strip();
        String name = written.substring(colon + 1).strip();
        if (!interventions.containsKey(name)) {
            return Optional.empty();
        }
        // When the intervention's type is unknown (absent, or a value the vocabulary does not know), any prefix
        // is taken as its type: the name after it is the intervention's name.
        InterventionType type = interventionTypes.get(name);
        boolean prefixIsType = type == null ? !prefix.isEmpty() : display(type).equalsIgnoreCase(prefix);
        return prefixIsType ? Optional.of(name) : Optional.empty();
    }

    private static String display(InterventionType type) {
        return type.code().replace('_', ' ');
    }

    private Intervention intervention(JsonNode node, String p, String name) {
        String namePointer = p + "/name";
        String descriptionPointer = p + "/description";
        Optional<String> description = rawString(node, p, "description");
        Matcher placebo = PLACEBO.matcher(name);
        if (placebo.find()) {
            infer("design.interventions[" + name + "]", "placebo", namePointer, name,
                    "the name says placebo");
            description.ifPresent(d -> unmappedReasons.put(descriptionPointer,
                    "a placebo has a composition, not a description, in the vocabulary"));
            return new Placebo(name, Optional.empty(), Regimen.notReported());
        }
        List<Strain> strains = new ArrayList<>();
        List<String[]> sources = new ArrayList<>();
        sources.add(new String[] {namePointer, name});
        description.ifPresent(d -> sources.add(new String[] {descriptionPointer, d}));
        Set<Taxon> taxa = new LinkedHashSet<>();
        List<InferredValue> taxonInferences = new ArrayList<>();
        String keywordPointer = null;
        String keyword = null;
        for (String[] source : sources) {
            Matcher m = PROBIOTIC.matcher(source[1]);
            if (keyword == null && m.find()) {
                keywordPointer = source[0];
                keyword = m.group();
            }
            for (NameResolution resolution : taxaIn(source[1])) {
                if (taxa.add(resolution.taxon())) {
                    strains.add(Strain.of(resolution.taxon()));
                    taxonInferences.add(new InferredValue("design.interventions[" + name + "].strains",
                            resolution.taxon().name().full(), source[0], resolution.input(),
                            "the taxonomy resolves the name: " + resolution));
                }
            }
        }
        if (keyword != null || !taxa.isEmpty()) {
            if (keyword != null) {
                infer("design.interventions[" + name + "]", "probiotic", keywordPointer, keyword,
                        "the text says " + keyword);
            } else {
                infer("design.interventions[" + name + "]", "probiotic", taxonInferences.get(0).pointer(),
                        taxonInferences.get(0).text(), "the text names a bacterial taxon msbiome knows");
            }
            for (InferredValue v : taxonInferences) {
                inferred.add(v);
                inferredFrom.add(v.pointer());
            }
            if (description.isPresent() && !inferredFrom.contains(descriptionPointer)) {
                unmappedReasons.put(descriptionPointer,
                        "a probiotic intervention has no description in the vocabulary; no known taxon is named in it");
            }
            return new ProbioticIntervention(name, Optional.empty(), strains, Regimen.notReported());
        }
        description.ifPresent(d -> mark(descriptionPointer));
        return new OtherIntervention(name, description, Regimen.notReported());
    }

    /** The known taxa named in a text, in order of appearance, each once. */
    private static List<NameResolution> taxaIn(String text) {
        List<NameResolution> found = new ArrayList<>();
        Matcher m = BINOMIAL.matcher(text);
        while (m.find()) {
            Optional<NameResolution> resolution = Optional.empty();
            if (m.group(3) != null) {
                resolution = Taxonomy.lookup(m.group());
            }
            if (resolution.isEmpty()) {
                resolution = Taxonomy.lookup(m.group(1) + " " + m.group(2));
            }
            resolution.ifPresent(found::add);
        }
        return found;
    }

    private void outcomes(TrialDesign.Builder builder, JsonNode module, String p, String name, OutcomeRole role) {
        List<JsonNode> nodes = array(module, p, name);
        for (int i = 0; i < nodes.size(); i++) {
            String op = p + "/" + name + "/" + i;
            JsonNode node = nodes.get(i);
            if (!node.isObject()) {
                reject(op, node, "expected an outcome object");
                continue;
            }
            Set<String> saved = sink;
            sink = new LinkedHashSet<>();
            Optional<String> measure = text(node, op, "measure");
            Optional<String> description = text(node, op, "description");
            Optional<String> timeFrame = text(node, op, "timeFrame");
            if (measure.isPresent()) {
                builder.outcome(new Outcome(Optional.of(role), new CustomMeasure(measure.get(), description,
                        Optional.empty()), timeFrame));
                saved.addAll(sink);
            } else {
                if (node.get("measure") == null) {
                    reject(op + "/measure", null, "missing: an outcome needs its measure; not imported");
                }
                unmappedReasons.put(op, "the outcome was not imported: see the rejected values");
            }
            sink = saved;
        }
    }

    private List<MsCourse> phenotypes() {
        List<MsCourse> courses = new ArrayList<>();
        for (Map.Entry<String, String> e : conditionPointers.entrySet()) {
            String text = e.getValue();
            String normal = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
            MsPhenotype phenotype = PHENOTYPES.get(normal);
            if (phenotype != null) {
                MsCourse course = MsCourse.of(phenotype);
                if (!courses.contains(course)) {
                    courses.add(course);
                }
                infer("design.population.phenotypes", phenotype.code(), e.getKey(), text,
                        "the condition names this MS phenotype (Lublin 2014)");
            }
        }
        return courses;
    }

    private @Nullable Population population(@Nullable JsonNode module, String p, List<MsCourse> phenotypes) {
        Optional<Sex> sex = Optional.empty();
        Optional<Boolean> healthy = Optional.empty();
        Optional<Integer> minimum = Optional.empty();
        Optional<Integer> maximum = Optional.empty();
        if (module != null) {
            sex = code(module, p, "sex", Sex::fromCode);
            healthy = bool(module, p, "healthyVolunteers");
            minimum = age(module, p, "minimumAge");
            maximum = age(module, p, "maximumAge");
        }
        if (phenotypes.isEmpty() && sex.isEmpty() && healthy.isEmpty() && minimum.isEmpty() && maximum.isEmpty()) {
            return null;
        }
        return new Population(phenotypes, Optional.empty(), Optional.empty(), minimum, maximum, sex, healthy, List.of());
    }

    /** An age limit in whole years: "22 Years", or months that make whole years ("24 Months"). */
    private Optional<Integer> age(JsonNode module, String p, String name) {
        Optional<String> text = rawString(module, p, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String ap = p + "/" + name;
        Matcher m = AGE.matcher(text.get());
        if (!m.matches()) {
            reject(ap, module.get(name), "not a number and a unit; expected like '18 Years' (OpenAPI pattern of "
                    + name + ")");
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2);
        if (unit.startsWith("Year") && n <= Integer.MAX_VALUE) {
            mark(ap);
            return Optional.of((int) n);
        }
        if (unit.startsWith("Month") && n % 12 == 0) {
            mark(ap);
            return Optional.of((int) (n / 12));
        }
        reject(ap, module.get(name), "the vocabulary holds age limits in whole years, and " + n + " "
                + unit.toLowerCase(Locale.ROOT) + " is not a whole number of years; the limit is left out");
        return Optional.empty();
    }

    // ---- reading values ------------------------------------------------------------------------------

    private void mark(String pointer) {
        sink.add(pointer);
    }

    private void unmark(String pointer) {
        sink.remove(pointer);
        mapped.remove(pointer);
    }

    private void infer(String target, String value, String pointer, String text, String reason) {
        inferred.add(new InferredValue(target, value, pointer, text, reason));
        inferredFrom.add(pointer);
    }

    private void reject(String pointer, @Nullable JsonNode value, String reason) {
        rejectedAt.add(pointer);
        rejected.add(new RejectedValue(pointer, Optional.ofNullable(value).map(JsonNode::toString), reason));
    }

    private static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** A member that must be an object; a non-object is rejected. */
    private @Nullable JsonNode object(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            reject(child(p, name), node, "expected an object");
            return null;
        }
        return node;
    }

    /** The elements of a member that must be an array; a non-array is rejected. */
    private List<JsonNode> array(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            reject(child(p, name), node, "expected an array");
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        node.values().forEach(elements::add);
        return elements;
    }

    /** A string member, stripped, not yet marked; a non-string or blank value is rejected. */
    private Optional<String> rawString(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        return node == null ? Optional.empty() : rawStringOf(node, child(p, name));
    }

    private Optional<String> rawStringOf(JsonNode node, String pointer) {
        if (!node.isString()) {
            reject(pointer, node, "expected a string");
            return Optional.empty();
        }
        String text = node.stringValue().strip();
        if (text.isEmpty()) {
            reject(pointer, node, "blank; expected text, or the field left out");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private Optional<String> text(JsonNode parent, String p, String name) {
        Optional<String> text = rawString(parent, p, name);
        text.ifPresent(t -> mark(child(p, name)));
        return text;
    }

    private Optional<String> stringOf(JsonNode node, String pointer) {
        Optional<String> text = rawStringOf(node, pointer);
        text.ifPresent(t -> mark(pointer));
        return text;
    }

    /** The strings of an array member, by pointer, each marked. */
    private Map<String, String> strings(JsonNode parent, String p, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        List<JsonNode> nodes = array(parent, p, name);
        for (int i = 0; i < nodes.size(); i++) {
            String pointer = child(p, name) + "/" + i;
            stringOf(nodes.get(i), pointer).ifPresent(t -> out.put(pointer, t));
        }
        return out;
    }

    private <E> Optional<E> code(JsonNode parent, String p, String name, Function<String, E> fromCode) {
        JsonNode node = parent.get(name);
        return node == null ? Optional.empty() : codeOf(node, child(p, name), fromCode);
    }

    /** An enum value; a value the vocabulary does not know (the API adds values over time) is rejected. */
    private <E> Optional<E> codeOf(JsonNode node, String pointer, Function<String, E> fromCode) {
        Optional<String> text = rawStringOf(node, pointer);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            E value = fromCode.apply(text.get());
            mark(pointer);
            return Optional.of(value);
        } catch (IllegalArgumentException e) {
            reject(pointer, node, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Boolean> bool(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            reject(child(p, name), node, "expected true or false");
            return Optional.empty();
        }
        mark(child(p, name));
        return Optional.of(node.booleanValue());
    }

    private Optional<Integer> integer(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            reject(child(p, name), node, "expected a whole number");
            return Optional.empty();
        }
        mark(child(p, name));
        return Optional.of(node.intValue());
    }

    // ---- the account of unmapped fields --------------------------------------------------------------

    private boolean accounted(String pointer) {
        return mapped.contains(pointer) || inferredFrom.contains(pointer) || rejectedAt.contains(pointer);
    }

    private boolean anyAccountedBelow(String pointer) {
        String prefix = pointer + "/";
        for (Set<String> set : List.of(mapped, inferredFrom, rejectedAt)) {
            for (String p : set) {
                if (p.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void walk(JsonNode node, String pointer, List<String> mappedInOrder, List<UnmappedField> unmapped) {
        if (mapped.contains(pointer)) {
            mappedInOrder.add(pointer);
        }
        if ((node.isObject() || node.isArray()) && anyAccountedBelow(pointer)) {
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    walk(e.getValue(), child(pointer, e.getKey()), mappedInOrder, unmapped);
                }
            } else {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), pointer + "/" + i, mappedInOrder, unmapped);
                }
            }
        } else if (!accounted(pointer)) {
            unmapped.add(new UnmappedField(pointer, reasonFor(pointer)));
        }
    }

    private String reasonFor(String pointer) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            String reason = unmappedReasons.get(p);
            if (reason != null) {
                return reason;
            }
        }
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return REASONS.getOrDefault(last, NO_PLACE);
    }
}
