package org.msbiome.io.ctgov;

import java.util.Objects;
import java.util.Optional;

/**
 * How one results group (an event group {@code EG000}, an outcome group {@code OG000}, a flow group
 * {@code FG000}) was matched to an arm of the design: by its title equal to the arm's label (ignoring case
 * and surrounding space), or not at all.
 *
 * @param pointer the JSON Pointer of the group in the record
 * @param id the group's identifier
 * @param title the group's title
 * @param arm the label of the matched arm; empty when no arm has that title (or the record has no arms)
 * @since 0.1.0
 */
public record GroupMatch(String pointer, String id, String title, Optional<String> arm) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the pointer is not a JSON Pointer or a text is blank
     */
    public GroupMatch {
        pointer = Texts.requirePointer(pointer, "pointer");
        id = Texts.requireNonBlank(id, "id");
        title = Texts.requireNonBlank(title, "title");
        Objects.requireNonNull(arm, "arm");
    }

    /** One line for people: {@code EG000 'Placebo' -> arm 'Placebo'}, or {@code ... -> no arm}. */
    @Override
    public String toString() {
        return id + " '" + title + "' -> " + arm.map(a -> "arm '" + a + "'").orElse("no arm");
    }
}
