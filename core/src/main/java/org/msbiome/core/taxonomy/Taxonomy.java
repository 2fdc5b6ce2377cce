package org.msbiome.core.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.msbiome.core.internal.Checks;

/**
 * Resolves written names to {@link Taxon taxa}: current and former names (the 2020 split of
 * <i>Lactobacillus</i>, Zheng et al. 2020, doi:10.1099/ijsem.0.004107, and the other changes listed in
 * {@link #reclassifications()}), in full or with the genus abbreviated.
 *
 * <p>An abbreviated genus ("L.", or "Lc." as some papers write for <i>Lacticaseibacillus</i>) is a capital
 * letter, optionally followed by lower-case letters, and a dot. It matches a genus that starts with the
 * capital and contains the other letters in the same order. An abbreviation is expanded only against the
 * taxa msbiome knows, and only when it denotes exactly one of them: the former and the current name of one
 * organism count as one candidate ("L. rhamnosus" matches Lactobacillus rhamnosus and Lacticaseibacillus
 * rhamnosus, one organism), while "L. lactis" may be <i>Lactococcus lactis</i> or <i>Lactobacillus
 * delbrueckii</i> subsp. <i>lactis</i> (formerly "Lactobacillus lactis") and is rejected with both
 * candidates listed.
 *
 * @since 0.1.0
 */
public final class Taxonomy {
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][a-z]{0,3}\\.");

    private Taxonomy() {}

    /**
     * Resolves a name: full names always resolve (a former name to its current one, an unknown well-formed
     * name to itself, since the vocabulary is open); an abbreviated genus resolves only when it denotes
     * exactly one known taxon.
     *
     * @param text a name such as {@code "Lactobacillus rhamnosus"}, {@code "Lacticaseibacillus rhamnosus"},
     *     {@code "L. rhamnosus"} or {@code "L. delbrueckii subsp. bulgaricus"}
     * @return the resolution: the taxon, and the reclassification when a former name was used
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the name is malformed; if an abbreviation matches no known taxon;
     *     or if it matches several, in which case the message lists the candidates
     */
    public static NameResolution resolve(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        String[] words = stripped.split("\\s+");
        if (stripped.isEmpty() || !words[0].endsWith(".")) {
            TaxonName name = TaxonName.parse(text);
            return new NameResolution(stripped, Taxon.of(name), KnownNames.reclassificationOf(name));
        }
        String abbreviation = words[0];
        if (!ABBREVIATION.matcher(abbreviation).matches()) {
            throw new IllegalArgumentException("taxon name " + Checks.quote(text) + ": genus abbreviation "
                    + Checks.quote(abbreviation) + " must be a capital letter, optionally followed by lower-case"
                    + " letters, and a dot, like 'L.' or 'Lc.'");
        }
        String[] standIn = words.clone();
        standIn[0] = "Abbreviated";
        TaxonName pattern = TaxonName.fromWords(text, standIn);
        Map<TaxonName, List<TaxonName>> candidates = candidates(abbreviation, pattern);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("taxon name " + Checks.quote(text) + " matches no taxon that msbiome"
                    + " knows; write the genus in full, like 'Lacticaseibacillus rhamnosus'");
        }
        if (candidates.size() > 1) {
            throw new IllegalArgumentException("taxon name " + Checks.quote(text) + " is ambiguous: it may be "
                    + candidates.entrySet().stream()
                            .map(e -> describeCandidate(e.getKey(), e.getValue()))
                            .collect(Collectors.joining(" or "))
                    + "; write the genus in full");
        }
        Map.Entry<TaxonName, List<TaxonName>> only = candidates.entrySet().iterator().next();
        TaxonName current = only.getKey();
        Optional<Reclassification> reclassification = only.getValue().contains(current)
                ? Optional.empty()
                : KnownNames.reclassificationOf(only.getValue().get(0));
        return new NameResolution(stripped, Taxon.of(current), reclassification);
    }

    /**
     * Looks a name up among the taxa msbiome knows, the way {@link #resolve(String)} reads it.
     *
     * @param text a name, full or abbreviated, current or former
     * @return the resolution if the text is a well-formed name of a known taxon and, when abbreviated,
     *     denotes only one; otherwise empty (a malformed name is not an error here)
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<NameResolution> lookup(String text) {
        Objects.requireNonNull(text, "text");
        NameResolution resolution;
        try {
            resolution = resolve(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return isKnown(resolution.taxon().name()) ? Optional.of(resolution) : Optional.empty();
    }

    /**
     * Every change of name msbiome applies, in the order of its name table.
     *
     * @return the reclassifications
     */
    public static List<Reclassification> reclassifications() {
        return List.copyOf(KnownNames.FORMER.values());
    }

    /**
     * Every taxon msbiome knows, under its current name, with its verified ID where there is one.
     *
     * @return the known taxa
     */
    public static List<Taxon> knownTaxa() {
        List<Taxon> taxa = new ArrayList<>();
        for (TaxonName name : KnownNames.CURRENT) {
            taxa.add(Taxon.of(name));
        }
        return List.copyOf(taxa);
    }

    private static boolean isKnown(TaxonName current) {
        return KnownNames.CURRENT.contains(current)
                || !KnownNames.reclassificationsTo(current).isEmpty();
    }

    /** Current name → the matching written names (current and/or former), in table order. */
    private static Map<TaxonName, List<TaxonName>> candidates(String abbreviation, TaxonName pattern) {
        Set<TaxonName> written = new LinkedHashSet<>(KnownNames.CURRENT);
        written.addAll(KnownNames.FORMER.keySet());
        Map<TaxonName, List<TaxonName>> byCurrent = new LinkedHashMap<>();
        for (TaxonName name : written) {
            if (name.species().equals(pattern.species())
                    && name.subspecies().equals(pattern.subspecies())
                    && abbreviates(abbreviation, name.genus())) {
                byCurrent.computeIfAbsent(KnownNames.currentName(name), k -> new ArrayList<>()).add(name);
            }
        }
        // Subspecies of a species that only changed genus: "L. sakei subsp. carnosus" and the like.
        if (byCurrent.isEmpty() && pattern.subspecies().isPresent()) {
            Map<TaxonName, List<TaxonName>> species = candidates(abbreviation, pattern.speciesName());
            for (Map.Entry<TaxonName, List<TaxonName>> e : species.entrySet()) {
                for (TaxonName writtenSpecies : e.getValue()) {
                    TaxonName name = new TaxonName(writtenSpecies.genus(), pattern.species(), pattern.subspecies());
                    TaxonName current = KnownNames.currentName(name);
                    if (current.speciesName().equals(e.getKey())) {
                        byCurrent.computeIfAbsent(current, k -> new ArrayList<>()).add(name);
                    }
                }
            }
        }
        return byCurrent;
    }

    private static boolean abbreviates(String abbreviation, String genus) {
        if (abbreviation.charAt(0) != genus.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < abbreviation.length() - 1; i++) {
            at = genus.indexOf(abbreviation.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static String describeCandidate(TaxonName current, List<TaxonName> written) {
        List<String> formers = written.stream()
                .filter(n -> !n.equals(current))
                .map(TaxonName::full)
                .collect(Collectors.toList());
        return current.full() + (formers.isEmpty() || written.contains(current)
                ? ""
                : " (formerly " + String.join(", ", formers) + ")");
    }
}
