package org.msbiome.core.taxonomy;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;

/**
 * A scientific name as written: genus, species epithet and, for a subspecies, the subspecies epithet
 * ("Lactobacillus delbrueckii subsp. bulgaricus").
 *
 * <p>A {@code TaxonName} is only a spelling: it may be a former name ("Lactobacillus rhamnosus"). The
 * organism it denotes, always under its current name, is a {@link Taxon}; {@link Taxonomy#resolve(String)}
 * turns text, including abbreviations, into one.
 *
 * <p>The genus is one capitalised word of letters ("Lactobacillus"); the epithets are lower-case letters.
 *
 * @param genus the genus, e.g. {@code Lacticaseibacillus}
 * @param species the species epithet, e.g. {@code rhamnosus}
 * @param subspecies the subspecies epithet, e.g. {@code bulgaricus}, if the name is of a subspecies
 * @since 0.1.0
 */
public record TaxonName(String genus, String species, Optional<String> subspecies) {
    private static final Pattern GENUS = Pattern.compile("[A-Z][a-z]+");
    private static final Pattern EPITHET = Pattern.compile("[a-z]+");
    private static final String EXPECTED =
            "expected a genus and a species epithet, like 'Lacticaseibacillus rhamnosus'"
                    + " or 'Lactobacillus delbrueckii subsp. bulgaricus'";

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the genus is not a capitalised word of letters or an epithet is
     *     not lower-case letters
     */
    public TaxonName {
        Objects.requireNonNull(genus, "genus");
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(subspecies, "subspecies");
        genus = checkGenus(genus.strip(), genus);
        species = checkEpithet("species epithet", species.strip(), species);
        subspecies = subspecies.map(s -> checkEpithet("subspecies epithet", s.strip(), s));
    }

    /**
     * The name of a species.
     *
     * @param genus the genus, e.g. {@code Lacticaseibacillus}
     * @param species the species epithet, e.g. {@code rhamnosus}
     * @return the name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a part is malformed
     */
    public static TaxonName of(String genus, String species) {
        return new TaxonName(genus, species, Optional.empty());
    }

    /**
     * The name of a subspecies.
     *
     * @param genus the genus, e.g. {@code Lactobacillus}
     * @param species the species epithet, e.g. {@code delbrueckii}
     * @param subspecies the subspecies epithet, e.g. {@code bulgaricus}
     * @return the name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a part is malformed
     */
    public static TaxonName of(String genus, String species, String subspecies) {
        return new TaxonName(genus, species, Optional.of(subspecies));
    }

    /**
     * Parses a full name: "Genus epithet" or "Genus epithet subsp. epithet". Runs of white space count as
     * one space. Abbreviated genera ("L. rhamnosus") are not accepted here, since expanding them needs the
     * known taxa: use {@link Taxonomy#resolve(String)}.
     *
     * @param text the name
     * @return the name
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not a well-formed name; the message says which part
     *     is wrong and shows the expected form
     */
    public static TaxonName parse(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("taxon name must not be blank; " + EXPECTED);
        }
        String[] words = stripped.split("\\s+");
        String where = "taxon name " + Checks.quote(text) + ": ";
        if (words[0].endsWith(".")) {
            throw new IllegalArgumentException(where + "genus " + Checks.quote(words[0])
                    + " is abbreviated; write it in full, or expand it with Taxonomy.resolve(..); " + EXPECTED);
        }
        return fromWords(text, words);
    }

    /** Builds a name from its words; {@code words[0]} is a well-formed genus or a stand-in for one. */
    static TaxonName fromWords(String text, String[] words) {
        String where = "taxon name " + Checks.quote(text) + ": ";
        if (words.length == 1) {
            throw new IllegalArgumentException(where + "the species epithet is missing; " + EXPECTED);
        }
        Optional<String> subspecies = Optional.empty();
        if (words.length >= 3) {
            if (!words[2].equals("subsp.")) {
                throw new IllegalArgumentException(where + "unexpected " + Checks.quote(words[2])
                        + " after the species epithet; a subspecies is written 'subsp. epithet', and a strain"
                        + " designation belongs to a Strain, not to a taxon name");
            }
            if (words.length == 3) {
                throw new IllegalArgumentException(where + "the subspecies epithet after 'subsp.' is missing; "
                        + EXPECTED);
            }
            if (words.length > 4) {
                throw new IllegalArgumentException(where + "unexpected " + Checks.quote(words[4])
                        + " after the subspecies epithet; " + EXPECTED);
            }
            subspecies = Optional.of(words[3]);
        }
        try {
            return new TaxonName(words[0], words[1], subspecies);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    /**
     * The rank: {@link TaxonRank#SUBSPECIES} when a subspecies epithet is present, otherwise
     * {@link TaxonRank#SPECIES}.
     *
     * @return the rank
     */
    public TaxonRank rank() {
        return subspecies.isPresent() ? TaxonRank.SUBSPECIES : TaxonRank.SPECIES;
    }

    /**
     * The name of the species this name belongs to: this name without its subspecies.
     *
     * @return the species name
     */
    public TaxonName speciesName() {
        return subspecies.isEmpty() ? this : of(genus, species);
    }

    /**
     * The full name: "Lacticaseibacillus rhamnosus", "Lactobacillus delbrueckii subsp. bulgaricus".
     *
     * @return the full name
     */
    public String full() {
        return genus + " " + species + subspecies.map(s -> " subsp. " + s).orElse("");
    }

    /**
     * The name with the genus abbreviated to its initial: "L. rhamnosus",
     * "L. delbrueckii subsp. bulgaricus". Since 2020 "L." is ambiguous among lactobacilli; write
     * {@link #full()} where the reader must know the genus.
     *
     * @return the abbreviated name
     */
    public String abbreviated() {
        return genus.charAt(0) + ". " + species + subspecies.map(s -> " subsp. " + s).orElse("");
    }

    /**
     * The full name, as {@link #full()}.
     *
     * @return the full name
     */
    @Override
    public String toString() {
        return full();
    }

    private static String checkGenus(String genus, String original) {
        if (genus.isEmpty()) {
            throw new IllegalArgumentException("genus must not be blank; " + EXPECTED);
        }
        if (!GENUS.matcher(genus).matches()) {
            String why;
            if (!genus.chars().allMatch(Character::isLetter)) {
                why = " must contain letters only";
            } else if (!Character.isUpperCase(genus.charAt(0))) {
                why = " must start with a capital letter";
            } else {
                why = " must be one capitalised word of plain letters";
            }
            throw new IllegalArgumentException("genus " + Checks.quote(original) + why + "; " + EXPECTED);
        }
        return genus;
    }

    private static String checkEpithet(String field, String epithet, String original) {
        if (epithet.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank; " + EXPECTED);
        }
        if (!EPITHET.matcher(epithet).matches()) {
            String why = epithet.chars().allMatch(Character::isLetter)
                    ? " must be lower-case letters a-z"
                    : " must contain letters only";
            throw new IllegalArgumentException(field + " " + Checks.quote(original) + why + "; " + EXPECTED);
        }
        return epithet;
    }
}
