package org.msbiome.core.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code fromCode} lookup shared by the coded enums of core.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class Codes {
    private Codes() {}

    /**
     * The constant of {@code values} whose code is {@code code}.
     *
     * @throws NullPointerException if {@code code} is null, naming {@code "code"}
     * @throws IllegalArgumentException if no constant has that code: "{what} '{code}' is unknown; expected
     *     one of {codes}"
     */
    public static <E extends Enum<E>> E fromCode(E[] values, Function<E, String> codeOf, String what, String code) {
        Objects.requireNonNull(code, "code");
        for (E value : values) {
            if (codeOf.apply(value).equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException(what + " " + Checks.quote(code) + " is unknown; expected one of "
                + Arrays.stream(values).map(codeOf).collect(Collectors.joining(", ")));
    }
}
