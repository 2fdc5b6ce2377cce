package org.msbiome.io.biom;

import java.util.List;
import java.util.Objects;
import org.msbiome.core.microbiome.CommunityProfile;

/**
 * A profile read from a tool's table, with notes on the input fields that are not part of the profile (a table ID,
 * the generating tool, the date) and on what was inferred (e.g. that the values are counts).
 *
 * @param profile the profile
 * @param notes one line per input field not encoded in the profile, or per inference, saying what happened to it
 * @since 0.1.0
 */
public record ProfileImport(CommunityProfile profile, List<String> notes) {
    /**
     * Copies the notes.
     *
     * @throws NullPointerException if a component or note is null
     */
    public ProfileImport {
        Objects.requireNonNull(profile, "profile");
        notes = List.copyOf(notes);
    }
}
