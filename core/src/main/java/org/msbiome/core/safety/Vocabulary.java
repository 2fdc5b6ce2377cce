package org.msbiome.core.safety;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;

/**
 * The terminology an adverse-event term comes from, as the source names it, with its version when the
 * source gives one (for example MedDRA 18.0). The name is opaque text: msbiome keeps no list of
 * terminologies and checks no term against one.
 *
 * @param name the terminology's name as given, like {@code MedDRA}
 * @param version its version as given, like {@code 18.0}; empty when the source gives none
 * @since 0.1.0
 */
public record Vocabulary(String name, Optional<String> version) {
    private static final Pattern PARENTHESISED = Pattern.compile("(.*?)\\s*\\(\\s*v?([0-9][0-9A-Za-z.]*)\\s*\\)");
    private static final Pattern TRAILING = Pattern.compile("(.*?)\\s+v?([0-9]+(?:\\.[0-9]+)*)");

    /**
     * Creates a vocabulary.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name or the version is blank
     */
    public Vocabulary {
        name = Checks.requireNonBlank(name, "name");
        Objects.requireNonNull(version, "version");
        version = version.map(v -> Checks.requireNonBlank(v, "version"));
    }

    /**
     * A vocabulary with a name and no version.
     *
     * @param name the name
     * @return the vocabulary
     * @throws IllegalArgumentException if the name is blank
     */
    public static Vocabulary of(String name) {
        return new Vocabulary(name, Optional.empty());
    }

    /**
     * A vocabulary with a name and a version.
     *
     * @param name the name
     * @param version the version
     * @return the vocabulary
     * @throws IllegalArgumentException if the name or the version is blank
     */
    public static Vocabulary of(String name, String version) {
        return new Vocabulary(name, Optional.of(version));
    }

    /**
     * Reads a vocabulary as registries write it: {@code "MedDRA (18.0)"}, {@code "MedDRA 17.0"},
     * {@code "MedDRA v19.1"} give the name and the version; text with no trailing version is the name alone.
     *
     * @param text the text
     * @return the vocabulary
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public static Vocabulary parse(String text) {
        String stripped = Checks.requireNonBlank(text, "vocabulary");
        for (Pattern pattern : new Pattern[] {PARENTHESISED, TRAILING}) {
            Matcher m = pattern.matcher(stripped);
            if (m.matches() && !m.group(1).isBlank()) {
                return of(m.group(1), m.group(2));
            }
        }
        return of(stripped);
    }

    /** The name and the version in parentheses, like {@code MedDRA (18.0)}, or the name alone. */
    @Override
    public String toString() {
        return version.map(v -> name + " (" + v + ")").orElse(name);
    }
}
