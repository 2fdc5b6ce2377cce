package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.registry.RegistryId;

/**
 * A secondary identifier of a study: ClinicalTrials.gov API v2 {@code secondaryIdInfos[]} ({@code id},
 * {@code type}, {@code domain}), with the registry identifier it is when its form is recognised.
 *
 * @param id the identifier as written, stripped
 * @param type the type, when reported and known
 * @param domain the organisation that issued it, when reported
 * @param registryId the identifier as a registry identifier, when its type or form says which registry issued it
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SecondaryId(String id, Optional<SecondaryIdType> type, Optional<String> domain,
        Optional<RegistryId> registryId) {

    /**
     * Strips the texts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the id or the domain is blank
     */
    public SecondaryId {
        id = Texts.requireNonBlank(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(domain, "domain");
        domain = domain.map(d -> Texts.requireNonBlank(d, "domain"));
        Objects.requireNonNull(registryId, "registryId");
    }
}
