package org.msbiome.core.signature;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.taxonomy.Lineage;

/**
 * A differential-abundance signature: the taxa an experiment found increased (or decreased) in group 1
 * against group 0.
 *
 * <p>Each taxon is a {@link Lineage} with its names as the source wrote them and, where the source gives them,
 * the NCBI Taxonomy ID of every level. {@link ConsistentSignature} checks that the taxa are distinct and that
 * a lineage carries an ID on every level or on none.
 *
 * @param id the signature's ID in its source, e.g. {@code "bsdb:27352007/1/1"}
 * @param direction the direction in group 1
 * @param taxa the taxa, in the source's order
 * @param source where in the paper the signature is, e.g. {@code "Figure 2a, 2c, Table 2"}, if given
 * @param description the curated description, if given
 * @param curation who curated it and when
 * @param provenance where the value was read from (the export and its licence), if recorded
 * @since 0.1.0
 */
@ConsistentSignature
public record Signature(String id, AbundanceDirection direction, List<Lineage> taxa, Optional<String> source,
        Optional<String> description, Curation curation, Optional<String> provenance) {
    /**
     * Copies the taxa and checks that the ID is not blank.
     *
     * @throws NullPointerException if a component or taxon is null
     * @throws IllegalArgumentException if the ID is blank, or the source, description or provenance is blank
     *     or holds a control character other than a line break or tab (curated text, WIRE-FORMAT.md)
     */
    public Signature {
        id = Checks.requireNonBlank(id, "id");
        Objects.requireNonNull(direction, "direction");
        taxa = Checks.copyOf(taxa, "taxa");
        source = Checks.curatedText(source, "source");
        description = Checks.curatedText(description, "description");
        Objects.requireNonNull(curation, "curation");
        provenance = Checks.curatedText(provenance, "provenance");
    }
}
