package org.msbiome.io.ctgov;

import java.util.Objects;

/** Text checks shared by the records of this package. */
final class Texts {
    private Texts() {}

    static String requireNonBlank(String text, String name) {
        Objects.requireNonNull(text, name);
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(name + " is blank; expected text");
        }
        return stripped;
    }

    static String requirePointer(String pointer, String name) {
        Objects.requireNonNull(pointer, name);
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException(name + " '" + pointer
                    + "' is not a JSON Pointer; expected empty or starting with '/' (RFC 6901)");
        }
        return pointer;
    }
}
