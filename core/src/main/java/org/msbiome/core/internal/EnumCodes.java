package org.msbiome.core.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Looks up the constant of a coded enum by its code, with an error that lists the valid codes.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class EnumCodes {
    private EnumCodes() {}

    /**
     * The constant of {@code type} whose code equals {@code code} exactly.
     *
     * @param type the enum class
     * @param code the code to look up
     * @param codeOf the function giving a constant's code
     * @param what what the code names, for the error message (for example {@code "allocation"})
     * @throws NullPointerException if {@code code} is null, naming {@code what}
     * @throws IllegalArgumentException if no constant has that code; the message lists the valid codes
     */
    public static <E extends Enum<E>> E fromCode(
            Class<E> type, @Nullable String code, Function<E, String> codeOf, String what) {
        Objects.requireNonNull(code, what);
        for (E constant : type.getEnumConstants()) {
            if (codeOf.apply(constant).equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " " + Checks.quote(code) + "; expected one of: "
                + Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", ")));
    }
}
