package org.msbiome.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;

/** Test helper: validates through {@link MsbiomeValidation#validator()} and lists violations as "path: message". */
public final class ConstraintAssertions {
    private ConstraintAssertions() {}

    /** The violations of {@code value}, each as {@code "path: message"}, sorted. */
    public static List<String> of(Object value) {
        Set<ConstraintViolation<Object>> violations = MsbiomeValidation.validator().validate(value);
        return violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .toList();
    }

    /** Asserts that {@code value} has exactly this one violation. */
    public static void assertSingle(Object value, String path, String message) {
        assertThat(of(value)).containsExactly(path + ": " + message);
    }

    /** Asserts that {@code value} has no violation. */
    public static void assertValid(Object value) {
        assertThat(of(value)).isEmpty();
    }
}
