package org.msbiome.core.evidence;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Checks;

/**
 * A Digital Object Identifier (DOI) name such as {@code 10.1080/07315724.2017.1347074}.
 *
 * <p>Syntax, from the DOI Handbook §2.2 (https://www.doi.org/doi_handbook/2_Numbering.html): a prefix
 * and a suffix separated by a forward slash; the prefix is the directory indicator {@code 10} followed
 * by a full stop and the registrant code (digits, possibly subdivided by full stops); the suffix is any
 * printable Unicode characters. "The DOI name is case-insensitive", so two DOIs are {@linkplain
 * #equals(Object) equal} when they are equal ignoring case; the value keeps the case it was given in, for
 * display.
 *
 * <p>{@link #parse(String)} accepts a bare DOI name and the common prefixed forms {@code doi:},
 * {@code https://doi.org/}, {@code http://doi.org/}, {@code https://dx.doi.org/} and
 * {@code http://dx.doi.org/} (the prefixes in any case) and strips them. Percent-encoded characters in a
 * resolver URL are not decoded.
 *
 * @param value the DOI name, without any prefix
 * @since 0.1.0
 */
public record Doi(String value) implements PublicationId {
    private static final Pattern SYNTAX = Pattern.compile("10(\\.[0-9]+)+/\\S+");
    private static final String[] PREFIXES = {
        "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"
    };

    /**
     * Checks a DOI name in canonical form (no prefix).
     *
     * @param value the DOI name
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not a DOI name, or still carries a prefix
     */
    public Doi {
        Objects.requireNonNull(value, "value");
        if (!value.equals(value.strip()) || !SYNTAX.matcher(value).matches() || hasControlCharacter(value)) {
            throw new IllegalArgumentException("DOI " + Checks.quote(value)
                    + " is not a DOI name; expected '10.' + registrant code + '/' + suffix, like "
                    + "'10.1080/07315724.2017.1347074'");
        }
    }

    /**
     * Parses a DOI name, with or without one of the prefixes {@code doi:}, {@code https://doi.org/},
     * {@code http://doi.org/}, {@code https://dx.doi.org/}, {@code http://dx.doi.org/}; surrounding
     * white space is removed.
     *
     * @param text the text to parse
     * @return the DOI
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text (without its prefix) is not a DOI name
     */
    public static Doi parse(String text) {
        String name = Checks.requireNonBlank(text, "DOI");
        String lower = name.toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix)) {
                name = name.substring(prefix.length()).strip();
                break;
            }
        }
        return new Doi(name);
    }

    /**
     * Whether {@code other} is the same DOI name, ignoring case (DOI Handbook §2.2).
     *
     * @param other the object to compare with
     * @return true if {@code other} is a {@code Doi} with the same name ignoring case
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Doi doi && key(value).equals(key(doi.value));
    }

    /** A hash code consistent with {@link #equals(Object)}: computed from the name ignoring case. */
    @Override
    public int hashCode() {
        return key(value).hashCode();
    }

    /** The DOI name, as given. */
    @Override
    public String toString() {
        return value;
    }

    /**
     * The resolver URL {@code https://doi.org/<name>} of this DOI (without percent-encoding).
     *
     * @return the URL as text
     */
    public String url() {
        return "https://doi.org/" + value;
    }

    private static String key(String value) {
        return value.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static boolean hasControlCharacter(String value) {
        return value.codePoints().anyMatch(Character::isISOControl);
    }
}
