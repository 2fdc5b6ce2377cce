package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A value of the source record that the import could not accept (an enum value the vocabulary does not
 * know, an age that is not a whole number of years, an arm that names no intervention of the record), or
 * a rule of the vocabulary that the imported design breaks; each with the reason.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the value (for a missing value, the pointer it would have)
 * @param value the value as JSON text, like {@code "SUPER_RANDOMIZED"} with its quotes; empty when the value is
 *     missing
 * @param reason what is wrong and what was expected
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RejectedValue(String pointer, Optional<String> value, String reason) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the reason is blank or the pointer is not a JSON Pointer
     */
    public RejectedValue {
        pointer = Texts.requirePointer(pointer, "pointer");
        Objects.requireNonNull(value, "value");
        reason = Texts.requireNonBlank(reason, "reason");
    }

    /** One line for people: {@code pointer: value: reason}, or {@code pointer: reason} when there is no value. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(record)" : pointer) + ": " + value.map(v -> v + ": ").orElse("") + reason;
    }
}
