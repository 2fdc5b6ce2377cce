package org.msbiome.core.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * The identity of a taxonomy snapshot: which names and IDs a {@link Taxonomy} knows, so that a resolution
 * can say what it was read against. msbiome bundles {@code msbiome-taxonomy 2026.1}
 * ({@link Taxonomy#bundled()}); a lab that analysed its data with its own NCBI taxdump loads that with
 * {@link Taxonomy#fromNcbiTaxdump(java.nio.file.Path, String)} and names it.
 *
 * @param name the snapshot's name, e.g. {@code msbiome-taxonomy} or {@code ncbi-taxdump}
 * @param version the version, e.g. {@code 2026.1}, or the date of a taxdump
 * @param sources the sources the snapshot was built from, with their dates; empty for a taxdump, which is
 *     its own source
 * @since 0.1.0
 */
public record TaxonomySnapshot(String name, String version, List<Source> sources) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name or version is blank or contains white space
     */
    public TaxonomySnapshot {
        name = checkWord(name, "name");
        version = checkWord(version, "version");
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    }

    private static String checkWord(String value, String field) {
        Checks.requireNonBlank(value, field);
        if (value.strip().chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("taxonomy snapshot " + field + " " + Checks.quote(value)
                    + " contains white space; expected one word, like 'msbiome-taxonomy' or '2026.1'");
        }
        return value.strip();
    }

    /**
     * The snapshot as written in a resolution: {@code "msbiome-taxonomy 2026.1"}.
     *
     * @return name and version
     */
    @Override
    public String toString() {
        return name + " " + version;
    }

    /**
     * One source of a snapshot.
     *
     * @param key the key its rows cite, e.g. {@code ZHENG2020}
     * @param reference the citation, with a DOI or URL
     * @param dated the date of the source as its reference gives it ({@code 2020-04-23}, {@code 2021-10},
     *     {@code 2008}), if given
     * @since 0.1.0
     */
    public record Source(String key, String reference, Optional<String> dated) {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the key or reference is blank
         */
        public Source {
            key = Checks.requireNonBlank(key, "key");
            reference = Checks.requireNonBlank(reference, "reference");
            Objects.requireNonNull(dated, "dated");
        }
    }
}
