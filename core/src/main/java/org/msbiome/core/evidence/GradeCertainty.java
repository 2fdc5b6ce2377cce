package org.msbiome.core.evidence;

import org.msbiome.core.internal.Codes;

/**
 * The GRADE certainty of a body of evidence on one outcome: how confident we are that the true effect
 * lies close to the estimate. Levels and the quoted meanings from the GRADE Working Group (table at
 * http://www.biomedcentral.com/1741-7015/10/33/table/T1); codes from the HL7 FHIR R5 code system {@code http://terminology.hl7.org/CodeSystem/certainty-rating}.
 *
 * @since 0.1.0
 */
public enum GradeCertainty {
    /** Very low: "very little confidence" in the estimate; the true effect is "likely to be substantially different". */
    VERY_LOW("very-low", 1),
    /** Low: the second level from the bottom, between moderate and very low. */
    LOW("low", 2),
    /** Moderate: the level below high. */
    MODERATE("moderate", 3),
    /** High: "very confident that the true effect lies close to that of the estimate". */
    HIGH("high", 4);

    private final String code;
    private final int rank;

    GradeCertainty(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    /**
     * The FHIR {@code certainty-rating} code: {@code high}, {@code moderate}, {@code low}, {@code very-low}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The level as a number, 1 (very low) to 4 (high), for counting levels up and down.
     *
     * @return the rank
     */
    public int rank() {
        return rank;
    }

    /**
     * The level with this rank, after clamping it to 1..4: a rank below 1 gives {@link #VERY_LOW}, above
     * 4 gives {@link #HIGH} (GRADE has no level below very low or above high).
     *
     * @param rank the rank, any integer
     * @return the level
     */
    public static GradeCertainty ofClampedRank(int rank) {
        int clamped = Math.max(VERY_LOW.rank, Math.min(HIGH.rank, rank));
        for (GradeCertainty level : values()) {
            if (level.rank == clamped) {
                return level;
            }
        }
        throw new AssertionError(clamped);
    }

    /**
     * The level with this FHIR code.
     *
     * @param code the code
     * @return the level
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no level has this code; the message lists the valid codes
     */
    public static GradeCertainty fromCode(String code) {
        return Codes.fromCode(values(), GradeCertainty::code, "GRADE certainty", code);
    }
}
