package org.msbiome.core.registry;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.msbiome.core.internal.Checks;

/**
 * A trial identifier issued by a registry, such as ({@link Registry#CLINICALTRIALS_GOV},
 * {@code NCT02513394}) or ({@link Registry#IRCT}, {@code IRCT20161022030424N1}).
 *
 * <p>The value is always in its registry's canonical spelling and matches {@link Registry#format()}.
 * Records compare by value.
 *
 * @param registry the registry that issued the identifier
 * @param value the identifier, in canonical spelling
 * @since 0.1.0
 */
public record RegistryId(Registry registry, String value) {

    /**
     * Checks the value against the registry's format; common spellings are normalized: surrounding space,
     * space after the prefix ({@code "NCT 01234567"}) and the case of the prefix ({@code "nct01234567"},
     * {@code "JRCT2031230001"}).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the value does not have the registry's format
     */
    public RegistryId {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(value, "value");
        String given = value;
        value = registry.normalize(given)
                .orElseThrow(() -> new IllegalArgumentException("registry id " + Checks.quote(given)
                        + " is not a " + registry.code() + " identifier; expected the form of '"
                        + registry.example() + "'"));
    }

    /**
     * An identifier of the given registry.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the value does not have the registry's format
     */
    public static RegistryId of(Registry registry, String value) {
        return new RegistryId(registry, value);
    }

    /**
     * Parses an identifier and detects its registry from its prefix ({@code NCT}, {@code ISRCTN},
     * {@code IRCT}, {@code ACTRN}, {@code ChiCTR}, {@code DRKS}, {@code CTRI}, {@code jRCT}, {@code UMIN},
     * {@code U1111}) or, for the prefix-less EudraCT and EU CT numbers, from its shape.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is an identifier of no known registry; the message lists
     *     the accepted forms
     */
    public static RegistryId parse(String text) {
        Objects.requireNonNull(text, "text");
        return lookup(text)
                .orElseThrow(() -> new IllegalArgumentException("registry id " + Checks.quote(text)
                        + " has the form of no known registry; expected one of: "
                        + Arrays.stream(Registry.values())
                                .map(r -> r.code() + " '" + r.example() + "'")
                                .collect(Collectors.joining(", "))));
    }

    /**
     * Like {@link #parse(String)}, but returns an empty {@code Optional} for text that is not an identifier
     * of a known registry.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<RegistryId> lookup(String text) {
        Objects.requireNonNull(text, "text");
        for (Registry registry : Registry.values()) {
            Optional<String> value = registry.normalize(text);
            if (value.isPresent()) {
                return Optional.of(new RegistryId(registry, value.get()));
            }
        }
        return Optional.empty();
    }

    /** The registry code and the value, like {@code clinicaltrials-gov:NCT02513394}. */
    @Override
    public String toString() {
        return registry.code() + ":" + value;
    }
}
