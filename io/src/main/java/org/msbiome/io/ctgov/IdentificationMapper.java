package org.msbiome.io.ctgov;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.registry.Registry;
import org.msbiome.core.registry.RegistryId;
import tools.jackson.databind.JsonNode;

/**
 * Maps the {@code identificationModule}: the NCT ID, the sponsor's ID, secondary IDs (as registry identifiers
 * where their type or form says which registry issued them), titles and acronym.
 */
final class IdentificationMapper {
    /** What the module gives; {@code registrations} lists the registry identifiers found, each once. */
    record Identification(Optional<RegistryId> nctId, Optional<String> orgStudyId, List<SecondaryId> secondaryIds,
            Optional<String> briefTitle, Optional<String> officialTitle, Optional<String> acronym,
            List<RegistryId> registrations) {
        static final Identification NONE = new Identification(Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    private final AccountingReader reader;
    private final List<RegistryId> registrations = new ArrayList<>();
    private final List<SecondaryId> secondaryIds = new ArrayList<>();

    private IdentificationMapper(AccountingReader reader) {
        this.reader = reader;
    }

    static Identification map(AccountingReader reader, JsonNode module, String p) {
        return new IdentificationMapper(reader).identification(module, p);
    }

    private Identification identification(JsonNode module, String p) {
        RegistryId nctId = null;
        Optional<String> nct = reader.rawString(module, p, "nctId");
        if (nct.isPresent()) {
            try {
                nctId = RegistryId.of(Registry.CLINICALTRIALS_GOV, nct.get());
                registrations.add(nctId);
                reader.mark(p + "/nctId");
            } catch (IllegalArgumentException e) {
                reader.reject(p + "/nctId", module.get("nctId"), e.getMessage());
            }
        } else if (module.get("nctId") == null) {
            reader.missing(p, "nctId", "a ClinicalTrials.gov record is identified by its NCT ID; the imported "
                    + "study has none");
        }
        String orgStudyId = null;
        JsonNode org = reader.object(module, p, "orgStudyIdInfo");
        if (org != null) {
            orgStudyId = reader.text(org, p + "/orgStudyIdInfo", "id").orElse(null);
        }
        List<JsonNode> secondaries = reader.array(module, p, "secondaryIdInfos");
        for (int i = 0; i < secondaries.size(); i++) {
            secondaryId(secondaries.get(i), p + "/secondaryIdInfos/" + i);
        }
        Optional<String> briefTitle = reader.text(module, p, "briefTitle");
        Optional<String> officialTitle = reader.text(module, p, "officialTitle");
        Optional<String> acronym = reader.text(module, p, "acronym");
        return new Identification(Optional.ofNullable(nctId), Optional.ofNullable(orgStudyId), secondaryIds,
                briefTitle, officialTitle, acronym, registrations);
    }

    private void secondaryId(JsonNode node, String p) {
        if (!node.isObject()) {
            reader.reject(p, node, "expected an object with an id");
            return;
        }
        Optional<String> id = reader.text(node, p, "id");
        Optional<SecondaryIdType> type = reader.code(node, p, "type", SecondaryIdType::fromCode);
        Optional<String> domain = reader.text(node, p, "domain");
        if (id.isEmpty()) {
            if (node.get("id") == null) {
                reader.reject(p + "/id", null, "missing: a secondary identifier needs its id");
            }
            return;
        }
        RegistryId registryId = null;
        @Nullable Registry typed = type.map(IdentificationMapper::registryOf).orElse(null);
        if (typed != null) {
            try {
                registryId = RegistryId.of(typed, id.get());
            } catch (IllegalArgumentException e) {
                reader.account().reject(new RejectedValue(p + "/id", Optional.of(node.get("id").toString()),
                        "kept as a secondary identifier, but not a registry identifier: " + e.getMessage()));
            }
        } else if (type.isEmpty() || type.get() == SecondaryIdType.REGISTRY || type.get() == SecondaryIdType.OTHER) {
            Optional<RegistryId> found = RegistryId.lookup(id.get());
            if (found.isPresent()) {
                registryId = found.get();
                reader.infer("study.secondaryIds.registryId", registryId.toString(), p + "/id", id.get(),
                        "the identifier has the form of " + registryId.registry().code() + " identifiers, like '"
                                + registryId.registry().example() + "'");
            }
        }
        if (registryId != null && !registrations.contains(registryId)) {
            registrations.add(registryId);
        }
        secondaryIds.add(new SecondaryId(id.get(), type, domain, Optional.ofNullable(registryId)));
    }

    private static @Nullable Registry registryOf(SecondaryIdType type) {
        return switch (type) {
            case EUDRACT_NUMBER -> Registry.EUDRACT;
            case CTIS -> Registry.EU_CT;
            default -> null;
        };
    }
}
