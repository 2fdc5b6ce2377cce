package org.msbiome.core.effect;

import org.msbiome.core.internal.Checks;

/**
 * Counts of a binary outcome in two groups, as in R metafor's {@code escalc} arguments ai, bi, ci, di.
 *
 * @param treatmentEvents participants with the event in the treatment group (ai)
 * @param treatmentNonEvents participants without it in the treatment group (bi)
 * @param controlEvents participants with the event in the control group (ci)
 * @param controlNonEvents participants without it in the control group (di)
 * @since 0.1.0
 */
public record TwoByTwoTable(int treatmentEvents, int treatmentNonEvents, int controlEvents, int controlNonEvents) {
    /**
     * Creates a table.
     *
     * @throws IllegalArgumentException if a count is negative or a group is empty
     */
    public TwoByTwoTable {
        requireCount(treatmentEvents, "treatmentEvents");
        requireCount(treatmentNonEvents, "treatmentNonEvents");
        requireCount(controlEvents, "controlEvents");
        requireCount(controlNonEvents, "controlNonEvents");
        if (treatmentEvents + treatmentNonEvents == 0 || controlEvents + controlNonEvents == 0) {
            throw new IllegalArgumentException("a group of the 2x2 table is empty; expected at least one "
                    + "participant in each group");
        }
    }

    private static void requireCount(int count, String field) {
        if (count < 0) {
            throw new IllegalArgumentException(field + " " + Checks.quote(count) + " is negative; expected a count");
        }
    }

    /** Whether any of the four cells is 0. */
    public boolean hasZeroCell() {
        return treatmentEvents == 0 || treatmentNonEvents == 0 || controlEvents == 0 || controlNonEvents == 0;
    }
}
