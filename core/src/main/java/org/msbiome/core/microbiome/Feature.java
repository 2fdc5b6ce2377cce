package org.msbiome.core.microbiome;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.taxonomy.Lineage;

/**
 * A feature (row) of a community profile: an ASV or OTU ID, or a taxon's own ID, with its lineage when known.
 *
 * <p>A lineage that a reader could not parse in any notation it knows is kept verbatim as
 * {@link #unparsedLineage()}, never dropped: the feature is then "unresolved", and says so.
 *
 * @param id the feature's ID, unique in its profile (e.g. {@code GG_OTU_1}, an ASV's sequence hash, or the lineage
 *     text of a MetaPhlAn clade)
 * @param lineage the feature's lineage; empty when not given or not parsed
 * @param unparsedLineage lineage text that could not be parsed; empty when there was none or it was parsed
 * @since 0.1.0
 */
public record Feature(String id, Optional<Lineage> lineage, Optional<String> unparsedLineage) {
    /**
     * Checks the form.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the ID is blank, or both a lineage and unparsed lineage text are given
     */
    public Feature {
        id = Checks.requireNonBlank(id, "id");
        Objects.requireNonNull(lineage, "lineage");
        Objects.requireNonNull(unparsedLineage, "unparsedLineage");
        unparsedLineage = unparsedLineage.map(t -> Checks.requireNonBlank(t, "unparsedLineage"));
        if (lineage.isPresent() && unparsedLineage.isPresent()) {
            throw new IllegalArgumentException("feature " + Checks.quote(id)
                    + " has both a lineage and unparsed lineage text; unparsed text is kept only when parsing failed");
        }
    }

    /**
     * A feature with an ID only.
     *
     * @param id the ID
     * @return the feature
     */
    public static Feature of(String id) {
        return new Feature(id, Optional.empty(), Optional.empty());
    }

    /**
     * A feature with its lineage.
     *
     * @param id the ID
     * @param lineage the lineage
     * @return the feature
     */
    public static Feature of(String id, Lineage lineage) {
        return new Feature(id, Optional.of(lineage), Optional.empty());
    }

    /**
     * A feature whose lineage text could not be parsed, kept verbatim.
     *
     * @param id the ID
     * @param lineageText the text
     * @return the unresolved feature
     */
    public static Feature unresolved(String id, String lineageText) {
        return new Feature(id, Optional.empty(), Optional.of(lineageText));
    }
}
