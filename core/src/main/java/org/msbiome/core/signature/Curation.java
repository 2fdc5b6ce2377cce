package org.msbiome.core.signature;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

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
     * Checks that every component is present (possibly empty) and that the names and state are curated text.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a name or the state is blank or holds a control character other
     *     than a line break or tab (curated text, WIRE-FORMAT.md)
     */
    public Curation {
        Objects.requireNonNull(curatedDate, "curatedDate");
        curator = Checks.curatedText(curator, "curator");
        revisionEditor = Checks.curatedText(revisionEditor, "revisionEditor");
        reviewer = Checks.curatedText(reviewer, "reviewer");
        state = Checks.curatedText(state, "state");
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
