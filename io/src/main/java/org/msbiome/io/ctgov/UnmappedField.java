package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
/**
 * A part of the source record that the import did not map: a field, or a whole object or array none of
 * whose values was used (then every value below the pointer is unmapped).
 *
 * @param pointer the JSON Pointer (RFC 6901) of the field, like {@code /protocolSection/contactsLocationsModule}
 * @param reason why it was not mapped
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record UnmappedField(String pointer, String reason) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the reason is blank or the pointer is not a JSON Pointer
     */
    public UnmappedField {
        pointer = Texts.requirePointer(pointer, "pointer");
        reason = Texts.requireNonBlank(reason, "reason");
    }

    /** One line for people: {@code pointer (reason)}. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(record)" : pointer) + " (" + reason + ")";
    }
}
