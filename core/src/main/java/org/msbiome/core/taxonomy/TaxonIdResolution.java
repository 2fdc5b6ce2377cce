package org.msbiome.core.taxonomy;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Codes;

/**
 * How an NCBI Taxonomy ID read from data was resolved against a snapshot: current, merged into another ID
 * (NCBI's {@code merged.dmp}; the current ID is given), deleted ({@code delnodes.dmp}), or not listed.
 * Microbiome data carries IDs from many snapshots, so an old ID is reported, never dropped.
 *
 * @param given the ID as read
 * @param status what the snapshot says about it
 * @param current the current ID: the given one, or the one it was merged into; empty when deleted or not
 *     listed
 * @param name the current scientific name, when the snapshot has the taxon
 * @param rank the taxon's rank, when the snapshot gives a rank it knows
 * @param snapshot the snapshot that produced this resolution
 * @since 0.1.0
 */
public record TaxonIdResolution(NcbiTaxonId given, Status status, Optional<NcbiTaxonId> current,
        Optional<String> name, Optional<TaxonRank> rank, TaxonomySnapshot snapshot) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the current ID does not fit the status
     */
    public TaxonIdResolution {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(snapshot, "snapshot");
        boolean needsCurrent = status == Status.CURRENT || status == Status.MERGED;
        if (needsCurrent != current.isPresent()) {
            throw new IllegalArgumentException("taxid resolution of " + given + " with status " + status.code()
                    + (needsCurrent ? " needs" : " must not have") + " a current ID");
        }
        if (status == Status.CURRENT && !current.get().equals(given)) {
            throw new IllegalArgumentException("taxid " + given + " is current but resolves to " + current.get());
        }
    }

    /**
     * A sentence for a report, e.g. "taxid 469598 was merged into 562 (Escherichia coli) in msbiome-taxonomy
     * 2026.1".
     *
     * @return the description
     */
    @Override
    public String toString() {
        String what = switch (status) {
            case CURRENT -> "is " + name.orElse("listed");
            case MERGED -> "was merged into " + current.orElseThrow() + name.map(n -> " (" + n + ")").orElse("");
            case DELETED -> "was deleted";
            case UNLISTED -> "is not listed";
        };
        return "taxid " + given + " " + what + " in " + snapshot;
    }

    /**
     * What a snapshot says about an NCBI Taxonomy ID.
     *
     * @since 0.1.0
     */
    public enum Status {
        /** The ID is a current taxon. */
        CURRENT("current"),
        /** The ID was merged into another; {@link TaxonIdResolution#current()} gives it. */
        MERGED("merged"),
        /** The ID was deleted. */
        DELETED("deleted"),
        /** The snapshot does not know the ID. */
        UNLISTED("unlisted");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /**
         * The status code, e.g. {@code merged}.
         *
         * @return the code
         */
        public String code() {
            return code;
        }

        /**
         * The status with the given code.
         *
         * @param code a code such as {@code merged}
         * @return the status
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException if no status has that code; the message lists the valid codes
         */
        public static Status fromCode(String code) {
            return Codes.fromCode(values(), Status::code, "taxid status", code);
        }
    }
}
