package org.msbiome.core.signature;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;

/**
 * A term of a biomedical ontology by its CURIE-like ID, e.g. {@code EFO_0003885} or {@code MONDO:0005301}
 * (multiple sclerosis), with its label as the source gave it.
 *
 * <p>The ID is checked for form only: a prefix among EFO, MONDO, HP, UBERON and NCBITaxon, then {@code _} or
 * {@code :}, then digits. Whether the term exists is not checked; the ID is kept as written.
 *
 * @param id the ID as written, e.g. {@code EFO_0003885}
 * @param label the label as given, if any
 * @since 0.1.0
 */
public record OntologyTerm(String id, Optional<String> label) {
    private static final Pattern ID = Pattern.compile("(EFO|MONDO|HP|UBERON|NCBITaxon)[_:][0-9]{1,10}");

    /**
     * Checks the form of the ID.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the ID is not of the form {@code PREFIX_digits} or
     *     {@code PREFIX:digits} with a known prefix, or the label is blank
     */
    public OntologyTerm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("ontology term ID " + Checks.quote(id)
                    + " is not of the form PREFIX_digits with a prefix among EFO, MONDO, HP, UBERON, NCBITaxon;"
                    + " expected e.g. 'EFO_0003885' or 'MONDO:0005301'");
        }
        label.ifPresent(l -> Checks.requireNonBlank(l, "label"));
    }

    /**
     * A term without a label.
     *
     * @param id the ID
     * @return the term
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static OntologyTerm of(String id) {
        return new OntologyTerm(id, Optional.empty());
    }

    /**
     * The ID with {@code _} between prefix and number, so that {@code EFO:0003885} and {@code EFO_0003885}
     * compare equal.
     *
     * @return the normalised ID
     */
    public String normalisedId() {
        return id.replace(':', '_');
    }
}
