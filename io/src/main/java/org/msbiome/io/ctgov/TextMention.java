package org.msbiome.io.ctgov;

import java.util.Objects;
import java.util.Optional;

/**
 * An organism or a dose found in an intervention's free text, with its span, and whether the import
 * encoded it in the design: every organism name and every CFU amount the import finds is listed here, so that
 * none vanishes unseen.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the text
 * @param start the index of the span's first character in the text
 * @param end the index after the span's last character
 * @param text the span's text
 * @param kind what the span is
 * @param encoded where it went in the design, like {@code design.interventions[Capsules].strains}; empty when
 *     it was not encoded
 * @param note how it was encoded, or why not
 * @since 0.1.0
 */
public record TextMention(String pointer, int start, int end, String text, Kind kind, Optional<String> encoded,
        String note) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the pointer is not a JSON Pointer, a text is blank, or the span is
     *     not {@code 0 <= start < end}
     */
    public TextMention {
        pointer = Texts.requirePointer(pointer, "pointer");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span " + start + ".." + end + " is empty or negative");
        }
        text = Texts.requireNonBlank(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(encoded, "encoded");
        note = Texts.requireNonBlank(note, "note");
    }

    /** One line for people: {@code pointer [start..end] kind 'text': encoded as ... / not encoded: note}. */
    @Override
    public String toString() {
        return pointer + " [" + start + ".." + end + "] " + kind.name().toLowerCase(java.util.Locale.ROOT) + " '"
                + text + "': " + encoded.map(e -> "encoded as " + e + " (" + note + ")").orElse("not encoded: " + note);
    }

    /**
     * What a mention is.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** A microorganism's name (genus and species), with a strain designation when one follows. */
        ORGANISM,
        /** An amount of colony-forming units. */
        DOSE
    }
}
