package org.msbiome.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the constructors of core types.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class Checks {
    private Checks() {}

    /**
     * Returns {@code value} trimmed.
     *
     * @throws NullPointerException if {@code value} is null, naming {@code field}
     * @throws IllegalArgumentException if {@code value} is blank, naming {@code field}
     */
    public static String requireNonBlank(@Nullable String value, String field) {
        Objects.requireNonNull(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return trimmed;
    }

    /**
     * An unmodifiable copy of {@code list}; rejects a null list or a null element, naming the field and
     * the element's index.
     */
    public static <T> List<T> copyOf(@Nullable Collection<? extends T> list, String field) {
        Objects.requireNonNull(list, field);
        int i = 0;
        for (T element : list) {
            if (element == null) {
                throw new NullPointerException(field + "[" + i + "]");
            }
            i++;
        }
        return List.copyOf(list);
    }

    /** An unmodifiable copy of {@code set}; rejects a null set or a null element, naming the field. */
    public static <T> Set<T> copyOfSet(@Nullable Collection<? extends T> set, String field) {
        Objects.requireNonNull(set, field);
        for (T element : set) {
            if (element == null) {
                throw new NullPointerException(field + " contains null");
            }
        }
        return Set.copyOf(set);
    }

    /**
     * A value quoted for an error message: {@code 'value'}, with control characters escaped and long
     * values shortened, so that a message never carries unbounded or unprintable input.
     */
    public static String quote(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(text.length(), 80) + 2).append('\'');
        int max = 60;
        for (int i = 0; i < text.length(); i++) {
            if (i == max) {
                out.append("…(").append(text.length()).append(" chars)");
                break;
            }
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
