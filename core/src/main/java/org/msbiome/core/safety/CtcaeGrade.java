package org.msbiome.core.safety;

import org.msbiome.core.internal.Codes;

/**
 * A severity grade of the Common Terminology Criteria for Adverse Events, version 5.0 (U.S. National
 * Cancer Institute, published 27 November 2017). The general definitions are summarised here; each
 * adverse-event term of CTCAE defines its own grades, and not every term has every grade.
 *
 * @since 0.1.0
 */
public enum CtcaeGrade {
    /** Grade 1: mild; asymptomatic or mild symptoms; intervention not indicated. */
    GRADE_1("grade-1", 1),
    /** Grade 2: moderate; minimal, local or non-invasive intervention indicated. */
    GRADE_2("grade-2", 2),
    /** Grade 3: severe or medically significant but not immediately life-threatening. */
    GRADE_3("grade-3", 3),
    /** Grade 4: life-threatening consequences; urgent intervention indicated. */
    GRADE_4("grade-4", 4),
    /** Grade 5: death related to the adverse event. */
    GRADE_5("grade-5", 5);

    private final String code;
    private final int number;

    CtcaeGrade(String code, int number) {
        this.code = code;
        this.number = number;
    }

    /** The code of this value, as written in documents. */
    public String code() {
        return code;
    }

    /** The grade's number, 1 to 5. */
    public int number() {
        return number;
    }

    /**
     * The grade with this number.
     *
     * @param number 1 to 5
     * @return the grade
     * @throws IllegalArgumentException if {@code number} is not 1 to 5
     */
    public static CtcaeGrade ofNumber(int number) {
        for (CtcaeGrade grade : values()) {
            if (grade.number == number) {
                return grade;
            }
        }
        throw new IllegalArgumentException("CTCAE grade " + number + " is not a grade; expected 1 to 5");
    }

    /**
     * The value with this code.
     *
     * @param code a code
     * @return the value
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if there is none; the message lists the codes
     */
    public static CtcaeGrade fromCode(String code) {
        return Codes.fromCode(values(), CtcaeGrade::code, "CTCAE grade", code);
    }
}
