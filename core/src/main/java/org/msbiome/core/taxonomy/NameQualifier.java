package org.msbiome.core.taxonomy;

import org.msbiome.core.internal.Codes;

/**
 * An open-nomenclature qualifier written after a genus or a species epithet.
 *
 * @since 0.1.0
 */
public enum NameQualifier {
    /** "sp.": an unidentified species of the genus, as in "Clostridium sp.". */
    SP("sp", "sp."),
    /** "sp. nov.": a species described as new in the publication, as older papers write ("… sp. nov."). */
    SP_NOV("sp-nov", "sp. nov.");

    private final String code;
    private final String written;

    NameQualifier(String code, String written) {
        this.code = code;
        this.written = written;
    }

    /**
     * The qualifier's code, e.g. {@code sp-nov}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The qualifier as written in a name, e.g. {@code sp. nov.}.
     *
     * @return the written form
     */
    public String written() {
        return written;
    }

    /**
     * The qualifier with the given code.
     *
     * @param code a code such as {@code sp}
     * @return the qualifier
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no qualifier has that code; the message lists the valid codes
     */
    public static NameQualifier fromCode(String code) {
        return Codes.fromCode(values(), NameQualifier::code, "name qualifier", code);
    }
}
