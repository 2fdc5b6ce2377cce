package org.msbiome.io;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What kind of problem a {@link Problem} is. The {@linkplain #code() codes} are part of the msbiome JSON
 * format's contract: programs may branch on them, and they do not change within a major version.
 *
 * @since 0.1.0
 */
public enum ProblemCode {
    /** The text is not well-formed JSON; the problem carries the line and column. */
    SYNTAX("syntax"),
    /** The input is empty or blank. */
    EMPTY_DOCUMENT("empty-document"),
    /** A configured limit (nesting depth, string length, number length, document size) was exceeded. */
    LIMIT_EXCEEDED("limit-exceeded"),
    /** An object has the same property twice. */
    DUPLICATE_PROPERTY("duplicate-property"),
    /** An object has a property that its type does not define. */
    UNKNOWN_PROPERTY("unknown-property"),
    /** A required property is absent. */
    MISSING_PROPERTY("missing-property"),
    /** A property is {@code null}; absent values are left out instead. */
    NULL_VALUE("null-value"),
    /** A value has the wrong JSON type (for example a string where a number is expected). */
    WRONG_TYPE("wrong-type"),
    /** A string is not one of the codes of a closed vocabulary. */
    UNKNOWN_CODE("unknown-code"),
    /** The {@code type} of a polymorphic value is not one of the known type names. */
    UNKNOWN_TYPE("unknown-type"),
    /** A value has the right JSON type but is rejected by the msbiome type (its text form or its invariants). */
    INVALID_VALUE("invalid-value"),
    /** The bound value breaks a Bean Validation constraint. */
    CONSTRAINT_VIOLATION("constraint-violation"),
    /** The document does not say {@code "format": "msbiome"}. */
    UNKNOWN_FORMAT("unknown-format"),
    /** The document's format version is missing, malformed, or of a major version this reader does not know. */
    UNSUPPORTED_VERSION("unsupported-version"),
    /** The document's {@code kind} is missing, unknown, or not the kind that was asked for. */
    WRONG_KIND("wrong-kind"),
    /** The document breaks its JSON Schema (reported by schema validation only). */
    SCHEMA_VIOLATION("schema-violation"),
    /**
     * The input could not be read at all (a file that does not exist or may not be read, a device that fails);
     * the message gives the reason. Reported by programs that read files, such as the command-line tool.
     */
    UNREADABLE("unreadable");

    private final String code;

    ProblemCode(String code) {
        this.code = code;
    }

    /** The stable code of this problem kind, such as {@code "unknown-property"}. */
    public String code() {
        return code;
    }

    /**
     * The problem kind with the given code.
     *
     * @param code a code such as {@code "missing-property"}
     * @return the problem kind
     * @throws IllegalArgumentException if {@code code} is not a known code; the message lists the valid codes
     */
    public static ProblemCode fromCode(String code) {
        for (ProblemCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown problem code '" + code + "'; expected one of "
                + Arrays.stream(values()).map(ProblemCode::code).collect(Collectors.joining(", ")));
    }
}
