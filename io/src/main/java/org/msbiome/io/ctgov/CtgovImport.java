package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.design.TrialDesign;

/**
 * The result of importing a ClinicalTrials.gov API v2 record: the design, the registration details, and a
 * full account of the source.
 *
 * <p>Every value of the source record is accounted for: its JSON Pointer is in {@code mapped}, or it is
 * the source of an {@linkplain #inferred() inferred value}, or it is {@linkplain #rejected() rejected}
 * with a reason, or it lies at or below a pointer in {@code unmapped}.
 *
 * @param design the design; empty when the record has no usable study type (then the {@code rejected}
 *     list says why, and the design's fields are listed as unmapped)
 * @param study identification, dates, conditions and the other registration details
 * @param results what was taken from the {@code resultsSection}; empty when the record has none
 * @param mapped the JSON Pointers of the source values that were mapped, in document order
 * @param inferred the values inferred from text, each with its source pointer and text
 * @param rejected the values that could not be accepted, and the rules of the vocabulary the design breaks
 * @param missing the members the record lacks that the import needs or expects (an NCT ID, the outcomes),
 *     each at the object it is missing from
 * @param mentions every organism and CFU dose found in intervention texts, with its span, encoded or not
 * @param unmapped the source fields that were not mapped, in document order
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CtgovImport(
        Optional<TrialDesign> design,
        CtgovStudy study,
        Optional<CtgovResults> results,
        List<String> mapped,
        List<InferredValue> inferred,
        List<RejectedValue> rejected,
        List<MissingField> missing,
        List<TextMention> mentions,
        List<UnmappedField> unmapped) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a component or an element is null
     */
    public CtgovImport {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(results, "results");
        mapped = List.copyOf(mapped);
        inferred = List.copyOf(inferred);
        rejected = List.copyOf(rejected);
        missing = List.copyOf(missing);
        mentions = List.copyOf(mentions);
        unmapped = List.copyOf(unmapped);
    }

    /**
     * Whether the import took every value it read and found what it needs: a design was built, nothing was
     * rejected and nothing is missing.
     *
     * @return {@code true} if there is a design, no rejected value and no missing member
     */
    public boolean isClean() {
        return design.isPresent() && rejected.isEmpty() && missing.isEmpty();
    }
}
