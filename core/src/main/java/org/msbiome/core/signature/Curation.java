package org.msbiome.core.signature;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who curated a signature, when, and how far its review got, as the source records it.
 *
 * @param curatedDate the date of curation, if given
 * @param curator the curator, if given
 * @param revisionEditor the last revision editor, if given
 * @param reviewer the reviewer, if given
 * @param state the curation state as written, e.g. {@code "Complete"}, if given
 * @since 0.1.0
 */
public record Curation(Optional<LocalDate> curatedDate, Optional<String> curator, Optional<String> revisionEditor,
        Optional<String> reviewer, Optional<String> state) {
    /**
     * Checks that every component is present (possibly empty).
     *
     * @throws NullPointerException if a component is null
     */
    public Curation {
        Objects.requireNonNull(curatedDate, "curatedDate");
        Objects.requireNonNull(curator, "curator");
        Objects.requireNonNull(revisionEditor, "revisionEditor");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(state, "state");
    }

    /**
     * A curation of which nothing is recorded.
     *
     * @return the empty curation
     */
    public static Curation unrecorded() {
        return new Curation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
