package org.msbiome.core.taxonomy;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;

/**
 * A scientific name as written: a genus, and usually a species epithet with, for a subspecies or a variety,
 * an infraspecific epithet ("Lactobacillus delbrueckii subsp. bulgaricus", "Saccharomyces cerevisiae var.
 * boulardii"). It also holds the other forms names take in the literature and in NCBI Taxonomy: a genus in
 * square brackets for a species NCBI keeps in a genus it does not belong to ("[Ruminococcus] gnavus"), a
 * <i>Candidatus</i> name ("Candidatus Arthromitus"), an unidentified species ("Clostridium sp.") and a
 * species marked new in an old paper ("… sp. nov.").
 *
 * <p>A {@code TaxonName} is only a spelling: it may be a former name ("Lactobacillus rhamnosus"). The
 * organism it denotes, always under its current name, is a {@link Taxon}; {@link Taxonomy#resolve(String)}
 * turns text, including abbreviations and loosely written names, into one and records what it normalised.
 * The constructor checks the form only; it never consults a table of names.
 *
 * @param genus the genus as written: a capitalised word ({@code Lacticaseibacillus}), optionally in square
 *     brackets ({@code [Ruminococcus]}), optionally preceded by {@code Candidatus}
 * @param species the species epithet, e.g. {@code rhamnosus}; empty for a genus name or an unidentified
 *     species ("Clostridium sp.")
 * @param subspecies the subspecies epithet, e.g. {@code bulgaricus}, if the name is of a subspecies
 * @param variety the variety epithet, e.g. {@code boulardii}, if the name is of a variety
 * @param qualifier "sp." or "sp. nov.", if written
 * @since 0.1.0
 */
public record TaxonName(String genus, Optional<String> species, Optional<String> subspecies,
        Optional<String> variety, Optional<NameQualifier> qualifier) {
    private static final String CANDIDATUS = "Candidatus ";
    /** The form of a genus; {@link #isGenus} checks it without a matcher. */
    static final Pattern GENUS = Pattern.compile("(Candidatus )?(\\[[A-Z][a-z]+]|[A-Z][a-z]+)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The form of an epithet; {@link #isEpithet} checks it without a matcher. */
    static final Pattern EPITHET = Pattern.compile("[a-z]+(-[a-z]+)?");
    static final String EXPECTED = "expected a genus and a species epithet, like 'Lacticaseibacillus rhamnosus',"
            + " 'Lactobacillus delbrueckii subsp. bulgaricus', 'Saccharomyces cerevisiae var. boulardii',"
            + " '[Ruminococcus] gnavus', 'Candidatus Arthromitus' or 'Clostridium sp.'";

    /**
     * Checks the form of the parts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the genus or an epithet is malformed, or the parts do not form a
     *     name (an infraspecific epithet without a species, both a subspecies and a variety, "sp." with a
     *     species epithet, "sp. nov." without one)
     */
    public TaxonName {
        Objects.requireNonNull(genus, "genus");
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(subspecies, "subspecies");
        Objects.requireNonNull(variety, "variety");
        Objects.requireNonNull(qualifier, "qualifier");
        genus = checkGenus(genus.strip(), genus);
        species = species.map(s -> checkEpithet("species epithet", s.strip(), s));
        subspecies = subspecies.map(s -> checkEpithet("subspecies epithet", s.strip(), s));
        variety = variety.map(s -> checkEpithet("variety epithet", s.strip(), s));
        if (species.isEmpty() && (subspecies.isPresent() || variety.isPresent())) {
            throw new IllegalArgumentException("taxon name with genus " + Checks.quote(genus)
                    + " has an infraspecific epithet but no species epithet; " + EXPECTED);
        }
        if (subspecies.isPresent() && variety.isPresent()) {
            throw new IllegalArgumentException("taxon name " + genus + " " + species.orElseThrow()
                    + " has both a subspecies and a variety; expected one of them");
        }
        if (qualifier.equals(Optional.of(NameQualifier.SP)) && species.isPresent()) {
            throw new IllegalArgumentException("taxon name " + genus + " " + species.get()
                    + " has both a species epithet and 'sp.'; 'sp.' stands for an unidentified species");
        }
        if (qualifier.equals(Optional.of(NameQualifier.SP_NOV))
                && (species.isEmpty() || subspecies.isPresent() || variety.isPresent())) {
            throw new IllegalArgumentException("taxon name with genus " + Checks.quote(genus)
                    + ": 'sp. nov.' follows a species epithet, like 'Lactobacillus fooensis sp. nov.'");
        }
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
        return new TaxonName(genus, Optional.of(species), Optional.empty(), Optional.empty(), Optional.empty());
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
        return new TaxonName(genus, Optional.of(species), Optional.of(subspecies), Optional.empty(), Optional.empty());
    }

    /**
     * The name of a variety, e.g. "Saccharomyces cerevisiae var. boulardii".
     *
     * @param genus the genus
     * @param species the species epithet
     * @param variety the variety epithet
     * @return the name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a part is malformed
     */
    public static TaxonName ofVariety(String genus, String species, String variety) {
        return new TaxonName(genus, Optional.of(species), Optional.empty(), Optional.of(variety), Optional.empty());
    }

    /**
     * A name of one word: a genus ("Bacteroides", "Candidatus Arthromitus") or, in a lineage, a higher taxon
     * ("Bacillota").
     *
     * @param genus the word, as {@link #genus()} allows
     * @return the name
     * @throws NullPointerException if {@code genus} is null
     * @throws IllegalArgumentException if the word is malformed
     */
    public static TaxonName ofGenus(String genus) {
        return new TaxonName(genus, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Parses a name written in its standard form: "Genus", "Genus epithet", "Genus epithet subsp. epithet",
     * "Genus epithet var. epithet", "Genus sp.", "Genus epithet sp. nov.", with "[Genus]" and
     * "Candidatus Genus" as genera. Runs of white space count as one space; nothing else is changed (for
     * "ssp.", "L. rhamnosus", capitalisation and the like use {@link Taxonomy#resolve(String)}, which records
     * what it normalised).
     *
     * @param text the name
     * @return the name
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not a well-formed name; the message says which part
     *     is wrong and shows the expected forms
     */
    public static TaxonName parse(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("taxon name must not be blank; " + EXPECTED);
        }
        String[] words = SPACES.split(stripped);
        String where = "taxon name " + Checks.quote(text) + ": ";
        int at = 0;
        String genus = words[at++];
        if (genus.equals("Candidatus") && words.length > 1) {
            genus = genus + " " + words[at++];
        }
        if (genus.endsWith(".")) {
            throw new IllegalArgumentException(where + "genus " + Checks.quote(genus)
                    + " is abbreviated; write it in full, or expand it with Taxonomy.resolve(..); " + EXPECTED);
        }
        Optional<String> species = Optional.empty();
        Optional<String> subspecies = Optional.empty();
        Optional<String> variety = Optional.empty();
        Optional<NameQualifier> qualifier = Optional.empty();
        if (at < words.length && words[at].equals("sp.")) {
            at++;
            qualifier = Optional.of(NameQualifier.SP);
        } else if (at < words.length) {
            species = Optional.of(words[at++]);
            if (at + 1 < words.length && words[at].equals("sp.") && words[at + 1].equals("nov.")) {
                at += 2;
                qualifier = Optional.of(NameQualifier.SP_NOV);
            } else if (at < words.length && (words[at].equals("subsp.") || words[at].equals("var."))) {
                String marker = words[at++];
                if (at >= words.length) {
                    throw new IllegalArgumentException(where + "the epithet after " + Checks.quote(marker)
                            + " is missing; " + EXPECTED);
                }
                if (marker.equals("subsp.")) {
                    subspecies = Optional.of(words[at++]);
                } else {
                    variety = Optional.of(words[at++]);
                }
            }
        }
        if (at < words.length) {
            throw new IllegalArgumentException(where + "unexpected " + Checks.quote(words[at])
                    + (species.isPresent() ? " after the epithet" : " after the genus")
                    + "; a subspecies is written 'subsp. epithet', a variety 'var. epithet', and a strain"
                    + " designation belongs to a Strain, not to a taxon name");
        }
        try {
            return new TaxonName(genus, species, subspecies, variety, qualifier);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    /**
     * The rank the name's form shows: {@link TaxonRank#SUBSPECIES}, {@link TaxonRank#VARIETAS}, or
     * {@link TaxonRank#SPECIES} (also for "Genus sp."); empty for a name of one word, whose form does not tell
     * a genus from a higher taxon.
     *
     * @return the rank, if the form shows it
     */
    public Optional<TaxonRank> rank() {
        if (subspecies.isPresent()) {
            return Optional.of(TaxonRank.SUBSPECIES);
        }
        if (variety.isPresent()) {
            return Optional.of(TaxonRank.VARIETAS);
        }
        if (species.isPresent() || qualifier.isPresent()) {
            return Optional.of(TaxonRank.SPECIES);
        }
        return Optional.empty();
    }

    /**
     * The genus without square brackets and without "Candidatus": "Ruminococcus" for "[Ruminococcus]".
     *
     * @return the genus word
     */
    public String bareGenus() {
        String g = genus.startsWith(CANDIDATUS) ? genus.substring(CANDIDATUS.length()) : genus;
        return g.startsWith("[") ? g.substring(1, g.length() - 1) : g;
    }

    /**
     * The name of the species this name belongs to: this name without its subspecies or variety (and
     * without "sp. nov."); a name without a species epithet is returned as it is.
     *
     * @return the species name
     */
    public TaxonName speciesName() {
        if (species.isEmpty() || (subspecies.isEmpty() && variety.isEmpty() && qualifier.isEmpty())) {
            return this;
        }
        return new TaxonName(genus, species, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The full name: "Lacticaseibacillus rhamnosus", "Lactobacillus delbrueckii subsp. bulgaricus",
     * "Saccharomyces cerevisiae var. boulardii", "[Ruminococcus] gnavus", "Clostridium sp.".
     *
     * @return the full name
     */
    public String full() {
        return genus + rest();
    }

    /**
     * The name with the genus abbreviated to its initial: "L. rhamnosus", "L. delbrueckii subsp. bulgaricus",
     * "R. gnavus". Since 2020 "L." is ambiguous among lactobacilli; write {@link #full()} where the reader must
     * know the genus.
     *
     * @return the abbreviated name; the full name for a name of one word
     */
    public String abbreviated() {
        return species.isEmpty() && qualifier.isEmpty() ? full() : bareGenus().charAt(0) + "." + rest();
    }

    private String rest() {
        StringBuilder out = new StringBuilder();
        species.ifPresent(s -> out.append(' ').append(s));
        subspecies.ifPresent(s -> out.append(" subsp. ").append(s));
        variety.ifPresent(s -> out.append(" var. ").append(s));
        qualifier.ifPresent(q -> out.append(' ').append(q.written()));
        return out.toString();
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
        if (!isGenus(genus)) {
            String bare = genus.replace("Candidatus ", "").replace("[", "").replace("]", "");
            String why;
            if (!bare.chars().allMatch(Character::isLetter)) {
                why = " must contain letters only (with square brackets or 'Candidatus' where NCBI writes them)";
            } else if (!Character.isUpperCase(bare.charAt(0))) {
                why = " must start with a capital letter";
            } else {
                why = " must be one capitalised word of plain letters";
            }
            throw new IllegalArgumentException("genus " + Checks.quote(original) + why + "; " + EXPECTED);
        }
        return genus;
    }

    /**
     * Whether the text is a genus as {@link #GENUS} says ({@code (Candidatus )?(\[[A-Z][a-z]+]|[A-Z][a-z]+)}),
     * checked character by character: every taxon read or built passes here, and a regular expression's matcher
     * costs more than the check.
     */
    static boolean isGenus(String text) {
        int start = text.startsWith(CANDIDATUS) ? CANDIDATUS.length() : 0;
        int end = text.length();
        if (start < end && text.charAt(start) == '[') {
            if (text.charAt(end - 1) != ']') {
                return false;
            }
            start++;
            end--;
        }
        if (end - start < 2 || !isAsciiUpper(text.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!isAsciiLower(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is an epithet as {@link #EPITHET} says ({@code [a-z]+(-[a-z]+)?}), character by character. */
    static boolean isEpithet(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && isAsciiLower(text.charAt(i))) {
            i++;
        }
        if (i == 0 || i == n) {
            return i == n && n > 0;
        }
        if (text.charAt(i) != '-') {
            return false;
        }
        int j = i + 1;
        while (j < n && isAsciiLower(text.charAt(j))) {
            j++;
        }
        return j == n && j > i + 1;
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static String checkEpithet(String field, String epithet, String original) {
        if (epithet.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank; " + EXPECTED);
        }
        if (!isEpithet(epithet)) {
            String why = epithet.chars().allMatch(Character::isLetter)
                    ? " must be lower-case letters a-z"
                    : " must contain letters only";
            throw new IllegalArgumentException(field + " " + Checks.quote(original) + why + "; " + EXPECTED);
        }
        return epithet;
    }
}
