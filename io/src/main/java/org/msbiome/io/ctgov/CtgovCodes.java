package org.msbiome.io.ctgov;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Looks up ClinicalTrials.gov enum constants by their exact API value. */
final class CtgovCodes {
    private CtgovCodes() {}

    static <E extends Enum<E>> E fromCode(E[] values, String what, String code) {
        Objects.requireNonNull(code, "code");
        for (E value : values) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + code + "'; expected one of "
                + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
