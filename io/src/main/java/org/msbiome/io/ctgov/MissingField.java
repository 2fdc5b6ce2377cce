package org.msbiome.io.ctgov;

/**
 * A member the import needs or expects that the source record does not have, reported at the object it is
 * missing from (a pointer that exists in the source), like a record without {@code outcomesModule}.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the object the member is missing from, like
 *     {@code /protocolSection}
 * @param member the missing member's name, like {@code outcomesModule}
 * @param reason what its absence means for the import
 * @since 0.1.0
 */
public record MissingField(String pointer, String member, String reason) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the pointer is not a JSON Pointer or a text is blank
     */
    public MissingField {
        pointer = Texts.requirePointer(pointer, "pointer");
        member = Texts.requireNonBlank(member, "member");
        reason = Texts.requireNonBlank(reason, "reason");
    }

    /** One line for people: {@code pointer: member is missing: reason}. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(record)" : pointer) + ": " + member + " is missing: " + reason;
    }
}
