package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.registry.RegistryId;

/**
 * What a ClinicalTrials.gov API v2 record says about a study beyond its {@link org.msbiome.core.design.TrialDesign}:
 * identification ({@code identificationModule}), dates ({@code statusModule}), conditions
 * ({@code conditionsModule}), the parts of the {@code designModule} that describe observational studies and
 * patient registries, and the type of each intervention. Whatever the record does not report is empty.
 *
 * @param nctId the ClinicalTrials.gov identifier ({@code nctId})
 * @param orgStudyId the sponsor's own identifier ({@code orgStudyIdInfo.id})
 * @param secondaryIds the secondary identifiers ({@code secondaryIdInfos[]}), in order
 * @param briefTitle the brief title
 * @param officialTitle the official title
 * @param acronym the acronym
 * @param statusVerifiedDate when the status was last verified ({@code statusVerifiedDate}; it has no type)
 * @param startDate the start date ({@code startDateStruct})
 * @param primaryCompletionDate the primary completion date ({@code primaryCompletionDateStruct})
 * @param completionDate the completion date ({@code completionDateStruct})
 * @param conditions the conditions studied, as written ({@code conditionsModule.conditions[]})
 * @param keywords the keywords ({@code conditionsModule.keywords[]})
 * @param interventionModelDescription the description of the intervention model ({@code designInfo.interventionModelDescription})
 * @param observationalModel the observational model ({@code designInfo.observationalModel})
 * @param timePerspective the time perspective ({@code designInfo.timePerspective})
 * @param patientRegistry whether the study is a patient registry ({@code patientRegistry})
 * @param targetDuration the target follow-up duration of a patient registry, as written, like {@code "6 Months"}
 * @param bioSpecRetention whether biospecimens are retained ({@code bioSpec.retention})
 * @param bioSpecDescription which biospecimens are retained ({@code bioSpec.description})
 * @param interventionTypes the type of each imported intervention, by the intervention's name
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CtgovStudy(
        Optional<RegistryId> nctId,
        Optional<String> orgStudyId,
        List<SecondaryId> secondaryIds,
        Optional<String> briefTitle,
        Optional<String> officialTitle,
        Optional<String> acronym,
        Optional<RegistryDate> statusVerifiedDate,
        Optional<RegistryDate> startDate,
        Optional<RegistryDate> primaryCompletionDate,
        Optional<RegistryDate> completionDate,
        List<String> conditions,
        List<String> keywords,
        Optional<String> interventionModelDescription,
        Optional<ObservationalModel> observationalModel,
        Optional<TimePerspective> timePerspective,
        Optional<Boolean> patientRegistry,
        Optional<String> targetDuration,
        Optional<BioSpecRetention> bioSpecRetention,
        Optional<String> bioSpecDescription,
        Map<String, InterventionType> interventionTypes) {

    /**
     * Copies the collections.
     *
     * @throws NullPointerException if a component or an element is null
     */
    public CtgovStudy {
        Objects.requireNonNull(nctId, "nctId");
        Objects.requireNonNull(orgStudyId, "orgStudyId");
        secondaryIds = List.copyOf(secondaryIds);
        Objects.requireNonNull(briefTitle, "briefTitle");
        Objects.requireNonNull(officialTitle, "officialTitle");
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(statusVerifiedDate, "statusVerifiedDate");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(primaryCompletionDate, "primaryCompletionDate");
        Objects.requireNonNull(completionDate, "completionDate");
        conditions = List.copyOf(conditions);
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(interventionModelDescription, "interventionModelDescription");
        Objects.requireNonNull(observationalModel, "observationalModel");
        Objects.requireNonNull(timePerspective, "timePerspective");
        Objects.requireNonNull(patientRegistry, "patientRegistry");
        Objects.requireNonNull(targetDuration, "targetDuration");
        Objects.requireNonNull(bioSpecRetention, "bioSpecRetention");
        Objects.requireNonNull(bioSpecDescription, "bioSpecDescription");
        interventionTypes = Map.copyOf(interventionTypes);
    }
}
