package org.msbiome.core.design;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;

/**
 * The number of participants in a study and whether it is actual or anticipated: ClinicalTrials.gov API
 * v2 {@code enrollmentInfo} ({@code count}, {@code type}).
 *
 * <p>A negative count is reported by the {@code @PositiveOrZero} constraint on {@code count}.
 *
 * @param count the number of participants; the target when {@link EnrollmentType#ESTIMATED}
 * @param type whether the count is actual or estimated
 * @since 0.1.0
 */
public record Enrollment(@PositiveOrZero int count, EnrollmentType type) {

    /**
     * @throws NullPointerException if {@code type} is null
     */
    public Enrollment {
        Objects.requireNonNull(type, "type");
    }

    /** The actual number of enrolled participants. */
    public static Enrollment actual(int count) {
        return new Enrollment(count, EnrollmentType.ACTUAL);
    }

    /** The target number of participants. */
    public static Enrollment estimated(int count) {
        return new Enrollment(count, EnrollmentType.ESTIMATED);
    }
}
