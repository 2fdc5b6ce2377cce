package org.msbiome.io.ctgov;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.Enrollment;
import org.msbiome.core.design.EnrollmentType;
import org.msbiome.core.design.InterventionModel;
import org.msbiome.core.design.Masking;
import org.msbiome.core.design.MaskingInfo;
import org.msbiome.core.design.Phase;
import org.msbiome.core.design.PrimaryPurpose;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.design.WhoMasked;
import tools.jackson.databind.JsonNode;

/**
 * Maps the {@code designModule}: the fields that describe the study ({@link StudyFields}) and the fields of
 * the {@link TrialDesign} (phases, allocation, model, purpose, masking, enrollment).
 */
final class DesignModuleMapper {
    /** A duration or an age as the API writes it (OpenAPI pattern of targetDuration, minimumAge, maximumAge). */
    static final Pattern DURATION = Pattern.compile(
            "(\\d{1,9}) (Year|Years|Month|Months|Week|Weeks|Day|Days|Hour|Hours|Minute|Minutes)");

    /** The designModule fields that describe the study but have no place in a {@link TrialDesign}. */
    record StudyFields(Optional<String> interventionModelDescription, Optional<ObservationalModel> observationalModel,
            Optional<TimePerspective> timePerspective, Optional<Boolean> patientRegistry,
            Optional<String> targetDuration, Optional<BioSpecRetention> bioSpecRetention,
            Optional<String> bioSpecDescription) {
        static final StudyFields NONE = new StudyFields(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private DesignModuleMapper() {}

    static StudyFields studyFields(AccountingReader reader, JsonNode module, String p) {
        Optional<Boolean> patientRegistry = reader.bool(module, p, "patientRegistry");
        Optional<String> targetDuration = Optional.empty();
        Optional<String> duration = reader.rawString(module, p, "targetDuration");
        if (duration.isPresent()) {
            if (DURATION.matcher(duration.get()).matches()) {
                targetDuration = duration;
                reader.mark(p + "/targetDuration");
            } else {
                reader.reject(p + "/targetDuration", module.get("targetDuration"),
                        "not a number and a unit; expected like '6 Months' (OpenAPI pattern of targetDuration)");
            }
        }
        Optional<String> modelDescription = Optional.empty();
        Optional<ObservationalModel> observationalModel = Optional.empty();
        Optional<TimePerspective> timePerspective = Optional.empty();
        JsonNode info = reader.object(module, p, "designInfo");
        if (info != null) {
            String ip = p + "/designInfo";
            modelDescription = reader.text(info, ip, "interventionModelDescription");
            observationalModel = reader.code(info, ip, "observationalModel", ObservationalModel::fromCode);
            timePerspective = reader.code(info, ip, "timePerspective", TimePerspective::fromCode);
        }
        Optional<BioSpecRetention> retention = Optional.empty();
        Optional<String> bioSpecDescription = Optional.empty();
        JsonNode bioSpec = reader.object(module, p, "bioSpec");
        if (bioSpec != null) {
            retention = reader.code(bioSpec, p + "/bioSpec", "retention", BioSpecRetention::fromCode);
            bioSpecDescription = reader.text(bioSpec, p + "/bioSpec", "description");
        }
        return new StudyFields(modelDescription, observationalModel, timePerspective, patientRegistry,
                targetDuration, retention, bioSpecDescription);
    }

    static void designFields(AccountingReader reader, TrialDesign.Builder builder, JsonNode module, String p) {
        List<Phase> phases = reader.codes(module, p, "phases", Phase::fromCode);
        builder.phases(phases.toArray(Phase[]::new));
        JsonNode info = reader.object(module, p, "designInfo");
        if (info != null) {
            String ip = p + "/designInfo";
            reader.code(info, ip, "allocation", Allocation::fromCode).ifPresent(builder::allocation);
            reader.code(info, ip, "interventionModel", InterventionModel::fromCode).ifPresent(builder::interventionModel);
            reader.code(info, ip, "primaryPurpose", PrimaryPurpose::fromCode).ifPresent(builder::primaryPurpose);
            JsonNode masking = reader.object(info, ip, "maskingInfo");
            if (masking != null) {
                masking(reader, builder, masking, ip + "/maskingInfo");
            }
        }
        JsonNode enrollment = reader.object(module, p, "enrollmentInfo");
        if (enrollment != null) {
            enrollment(reader, builder, enrollment, p + "/enrollmentInfo");
        }
    }

    private static void enrollment(AccountingReader reader, TrialDesign.Builder builder, JsonNode node, String ep) {
        Optional<Integer> count = reader.integer(node, ep, "count");
        Optional<EnrollmentType> type = reader.code(node, ep, "type", EnrollmentType::fromCode);
        if (count.isPresent() && type.isPresent()) {
            builder.enrollment(new Enrollment(count.get(), type.get()));
        } else if (count.isPresent() && node.get("type") == null) {
            reader.unmark(ep + "/count");
            reader.reject(ep + "/count", node.get("count"),
                    "an enrollment count without its type (ACTUAL or ESTIMATED) is not imported");
        } else if (type.isPresent() && node.get("count") == null) {
            reader.unmark(ep + "/type");
            reader.reject(ep + "/type", node.get("type"), "an enrollment type without a count is not imported");
        } else {
            reader.unmark(ep + "/count");
            reader.unmark(ep + "/type");
            reader.because(ep, "the enrollment is incomplete: see the rejected values");
        }
    }

    private static void masking(AccountingReader reader, TrialDesign.Builder builder, JsonNode node, String p) {
        Optional<Masking> masking = reader.code(node, p, "masking", Masking::fromCode);
        Set<WhoMasked> who = new LinkedHashSet<>(reader.codes(node, p, "whoMasked", WhoMasked::fromCode));
        Optional<String> description = reader.text(node, p, "maskingDescription");
        if (masking.isPresent()) {
            builder.masking(new MaskingInfo(masking.get(), who, description));
        } else {
            JsonNode whoNodes = node.get("whoMasked");
            int n = whoNodes != null && whoNodes.isArray() ? whoNodes.size() : 0;
            for (int i = 0; i < n; i++) {
                reader.unmark(p + "/whoMasked/" + i);
            }
            reader.unmark(p + "/maskingDescription");
            reader.because(p, "masking roles and description are not imported without the masking");
        }
    }
}
