package org.msbiome.core.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@code fromCode} lookup shared by coded enums.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class Codes {
    private Codes() {}

    /**
     * The constant of {@code type} whose code is {@code code}.
     *
     * @throws NullPointerException if {@code code} is null, naming {@code field}
     * @throws IllegalArgumentException if no constant has the code; the message lists the valid codes
     */
    public static <E extends Enum<E>> E fromCode(
            Class<E> type, @Nullable String code, Function<E, String> codeOf, String field) {
        Objects.requireNonNull(code, field);
        E[] values = type.getEnumConstants();
        for (E value : values) {
            if (codeOf.apply(value).equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException(field + " " + Checks.quote(code) + " is unknown; expected one of "
                + Arrays.stream(values).map(codeOf).collect(Collectors.joining(", ")));
    }
}
