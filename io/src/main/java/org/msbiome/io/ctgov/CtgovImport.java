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
 * @param mapped the JSON Pointers of the source values that were mapped, in document order
 * @param inferred the values inferred from text, each with its source pointer and text
 * @param rejected the values that could not be accepted, and the rules of the vocabulary the design breaks
 * @param unmapped the source fields that were not mapped, in document order
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CtgovImport(
        Optional<TrialDesign> design,
        CtgovStudy study,
        List<String> mapped,
        List<InferredValue> inferred,
        List<RejectedValue> rejected,
        List<UnmappedField> unmapped) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a component or an element is null
     */
    public CtgovImport {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(study, "study");
        mapped = List.copyOf(mapped);
        inferred = List.copyOf(inferred);
        rejected = List.copyOf(rejected);
        unmapped = List.copyOf(unmapped);
    }

    /**
     * Whether the import took every value it read: a design was built and nothing was rejected.
     *
     * @return {@code true} if there is a design and no rejected value
     */
    public boolean isClean() {
        return design.isPresent() && rejected.isEmpty();
    }
}
