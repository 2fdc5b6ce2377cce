package org.msbiome.core.evidence;

import org.msbiome.core.internal.Codes;

/**
 * Whom the studies of a body of evidence were done in, for a question about people.
 *
 * @since 0.1.0
 */
public enum EvidenceSubjects {
    /** The studies were done in people. */
    HUMANS("humans"),
    /**
     * The studies were done in animals (for example mouse EAE experiments); for a question about people
     * such evidence is indirect.
     */
    ANIMALS("animals");

    private final String code;

    EvidenceSubjects(String code) {
        this.code = code;
    }

    /**
     * The code: {@code humans} or {@code animals}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The subjects with this code.
     *
     * @param code the code
     * @return the subjects
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no value has this code; the message lists the valid codes
     */
    public static EvidenceSubjects fromCode(String code) {
        return Codes.fromCode(values(), EvidenceSubjects::code, "evidence subjects", code);
    }
}
