package org.msbiome.core.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.msbiome.core.internal.Checks;

/**
 * A taxonomy snapshot that resolves written names and NCBI Taxonomy IDs to {@link Taxon taxa}, and says which
 * snapshot it is ({@link #snapshot()}).
 *
 * <p>msbiome bundles {@code msbiome-taxonomy 2026.1} ({@link #bundled()}): every <i>Lactobacillus</i> move of
 * Zheng et al. 2020 and the 2025 corrections of the Lactotax table, later renamings (<i>B. lactis</i>,
 * <i>B. infantis</i>, <i>Bacillus coagulans</i>, <i>Prevotella copri</i>, <i>S. salivarius</i> subsp.
 * <i>thermophilus</i>), the 2021 phylum names (Oren and Garrity 2021), NCBI taxids, ranks and lineages, and
 * merged taxids; each row of its data names its source, listed in {@link TaxonomySnapshot#sources()}. The
 * static methods ({@link #resolve(String)}, {@link #lookup(String)}) use it. A lab that analysed its data
 * with its own NCBI taxdump loads that instead with {@link #fromNcbiTaxdump(Path, String)}.
 *
 * <p>Names are read leniently and every change is recorded in the resolution: spacing, capitalisation,
 * "ssp."/"subsp" for "subsp.", underscores, "Ca." for "Candidatus". An abbreviated genus ("L.", or "Lc." as
 * some papers write for <i>Lacticaseibacillus</i>) is a capital letter, optionally followed by lower-case
 * letters, and a dot; it is expanded only when it denotes exactly one listed taxon (the former and the
 * current name of one organism count as one): "L. lactis" may be <i>Lactococcus lactis</i> or
 * <i>Lactobacillus delbrueckii</i> subsp. <i>lactis</i> and is rejected with both candidates listed. A
 * subspecies the snapshot does not list resolves to its species with a note; no name is ever made up.
 *
 * @since 0.1.0
 */
public final class Taxonomy {
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][a-z]{0,3}\\.");
    private final TaxonomyIndex index;
    private volatile java.util.@org.jspecify.annotations.Nullable Set<String> genera;

    private Taxonomy(TaxonomyIndex index) {
        this.index = index;
    }

    private static final class Bundled {
        static final Taxonomy INSTANCE = new Taxonomy(SnapshotLoader.bundled());
    }

    /**
     * The bundled snapshot, {@code msbiome-taxonomy 2026.1}.
     *
     * @return the bundled taxonomy
     */
    public static Taxonomy bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Loads an NCBI taxdump: {@code nodes.dmp} and {@code names.dmp}, and {@code merged.dmp} and
     * {@code delnodes.dmp} when present, in NCBI's {@code \t|\t} format. The files are streamed row by row
     * into compact arrays, so a full taxdump (millions of names) loads in bounded time and memory.
     *
     * @param dir the directory holding the files
     * @param version the snapshot's version as the lab records it, e.g. the dump's date {@code 2025-06-01}
     * @return the taxonomy, whose snapshot is {@code ncbi-taxdump <version>}
     * @throws NullPointerException if an argument is null
     * @throws IOException if a file cannot be read, or nodes.dmp or names.dmp is missing
     * @throws IllegalArgumentException if a row is malformed; the message gives the file and line
     */
    public static Taxonomy fromNcbiTaxdump(Path dir, String version) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(version, "version");
        return new Taxonomy(SnapshotLoader.taxdump(dir, version));
    }

    /**
     * Loads an NCBI taxdump as {@link #fromNcbiTaxdump(Path, String)} does, naming its version by the date
     * (UTC) on which {@code names.dmp} was last modified.
     *
     * @param dir the directory holding the files
     * @return the taxonomy
     * @throws NullPointerException if {@code dir} is null
     * @throws IOException if a file cannot be read, or nodes.dmp or names.dmp is missing
     * @throws IllegalArgumentException if a row is malformed
     */
    public static Taxonomy fromNcbiTaxdump(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        LocalDate modified = LocalDate.ofInstant(
                Files.getLastModifiedTime(dir.resolve("names.dmp")).toInstant(), ZoneOffset.UTC);
        return fromNcbiTaxdump(dir, modified.toString());
    }

    /**
     * The identity of this snapshot, e.g. {@code msbiome-taxonomy 2026.1} with its sources and their dates.
     *
     * @return the snapshot
     */
    public TaxonomySnapshot snapshot() {
        return index.snapshot;
    }

    /**
     * Resolves a name with the bundled snapshot, as {@link #resolveName(String)}.
     *
     * @param text a name such as {@code "Lactobacillus rhamnosus"}, {@code "L. rhamnosus"} or
     *     {@code "Saccharomyces cerevisiae var. boulardii"}
     * @return the resolution
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException as {@link #resolveName(String)}
     */
    public static NameResolution resolve(String text) {
        return bundled().resolveName(text);
    }

    /**
     * Looks a name up in the bundled snapshot, as {@link #lookupName(String)}.
     *
     * @param text a name, full or abbreviated, current or former
     * @return the resolution if the snapshot lists the name; otherwise empty
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<NameResolution> lookup(String text) {
        return bundled().lookupName(text);
    }

    /**
     * Resolves a name: a listed name to its current name (with the reclassification when it is a former
     * one), an unlisted subspecies of a listed species to that species (with a note), and an unlisted
     * well-formed name to itself (the vocabulary is open; the resolution says it is not listed). An
     * abbreviated genus resolves only when it denotes exactly one listed taxon.
     *
     * @param text the name as written
     * @return the resolution, naming this snapshot
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not a name even after normalisation; if an
     *     abbreviation matches no listed taxon; or if it matches several, in which case the message lists
     *     the candidates
     */
    public NameResolution resolveName(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("taxon name must not be blank; " + TaxonName.EXPECTED);
        }
        NameForms.Normalised normalised = NameForms.normalise(stripped);
        String[] words = normalised.text().split(" ");
        if (words[0].endsWith(".")) {
            return resolveAbbreviation(stripped, normalised, words);
        }
        TaxonName name;
        try {
            name = TaxonName.parse(normalised.text());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(normalised.changes().isEmpty() ? e.getMessage()
                    : e.getMessage() + " (read as " + Checks.quote(normalised.text()) + " after: "
                            + String.join("; ", normalised.changes()) + ")", e);
        }
        return resolveWritten(stripped, name, normalised.changes(), new ArrayList<>());
    }

    /**
     * Looks a name up, the way {@link #resolveName(String)} reads it, among the names this snapshot lists.
     *
     * @param text a name, full or abbreviated, current or former
     * @return the resolution if the text is a name the snapshot lists (an unlisted subspecies of a listed
     *     species included) and, when abbreviated, denotes only one; otherwise empty (a malformed name is not
     *     an error here)
     * @throws NullPointerException if {@code text} is null
     */
    public Optional<NameResolution> lookupName(String text) {
        Objects.requireNonNull(text, "text");
        try {
            NameResolution resolution = resolveName(text);
            return resolution.listed() ? Optional.of(resolution) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The taxon of a name given in standard form, with its current name and taxid; used by
     * {@link Taxon#of(TaxonName)}.
     *
     * @param name the name
     * @return the resolution
     * @throws NullPointerException if {@code name} is null
     */
    public NameResolution resolveName(TaxonName name) {
        Objects.requireNonNull(name, "name");
        return resolveWritten(name.full(), name, List.of(), new ArrayList<>());
    }

    /**
     * Resolves an NCBI Taxonomy ID read from data: a current ID, an ID merged into another (the current one
     * is given), a deleted ID, or one this snapshot does not list.
     *
     * @param id the ID
     * @return the resolution, naming this snapshot
     * @throws NullPointerException if {@code id} is null
     */
    public TaxonIdResolution resolveTaxonId(NcbiTaxonId id) {
        Objects.requireNonNull(id, "id");
        int taxid = id.value();
        if (index.hasNode(taxid)) {
            return new TaxonIdResolution(id, TaxonIdResolution.Status.CURRENT, Optional.of(id),
                    Optional.of(index.name(taxid)), index.rank(taxid), index.snapshot);
        }
        int into = index.mergedInto(taxid);
        if (into > 0) {
            boolean known = index.hasNode(into);
            return new TaxonIdResolution(id, TaxonIdResolution.Status.MERGED, Optional.of(NcbiTaxonId.of(into)),
                    known ? Optional.of(index.name(into)) : Optional.empty(),
                    known ? index.rank(into) : Optional.empty(), index.snapshot);
        }
        TaxonIdResolution.Status status = index.isDeleted(taxid)
                ? TaxonIdResolution.Status.DELETED : TaxonIdResolution.Status.UNLISTED;
        return new TaxonIdResolution(id, status, Optional.empty(), Optional.empty(), Optional.empty(), index.snapshot);
    }

    /**
     * The lineage of a taxid from the root down, each entry with its rank (where it is one msbiome knows),
     * scientific name and taxid. A merged taxid gives the lineage of the taxon it was merged into.
     *
     * @param id the ID
     * @return the lineage; empty if the snapshot has no node for the ID
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<Lineage> lineage(NcbiTaxonId id) {
        Objects.requireNonNull(id, "id");
        int into = index.mergedInto(id.value());
        return index.lineage(into > 0 && !index.hasNode(id.value()) ? into : id.value());
    }

    /**
     * Whether this snapshot has a name in a genus: a listed name or an NCBI scientific name whose first word
     * is {@code genus} ("Lactobacillus", "Bifidobacterium"). An importer uses it to tell an unlisted species
     * of a known genus from words that only look like a binomial.
     *
     * @param genus a genus, without brackets or "Candidatus"
     * @return true if the snapshot has a name in that genus
     * @throws NullPointerException if {@code genus} is null
     */
    public boolean listsGenus(String genus) {
        Objects.requireNonNull(genus, "genus");
        java.util.Set<String> genera = this.genera;
        if (genera == null) {
            java.util.Set<String> all = new java.util.HashSet<>();
            for (String name : index.listed.keySet()) {
                parsed(name).ifPresent(n -> all.add(n.bareGenus()));
            }
            for (int e = 0; e < index.scientific.size(); e++) {
                parsed(index.scientific.name(e)).ifPresent(n -> all.add(n.bareGenus()));
            }
            genera = java.util.Set.copyOf(all);
            this.genera = genera;
        }
        return genera.contains(genus);
    }

    /**
     * Every change of name the bundled snapshot lists whose names are taxon names, in the order of its data.
     *
     * @return the reclassifications
     */
    public static List<Reclassification> reclassifications() {
        return bundled().reclassificationList();
    }

    /**
     * Every accepted name the bundled snapshot lists, and every species-level NCBI name of standard form it
     * holds, as a taxon with its taxid where the snapshot has one.
     *
     * @return the listed taxa
     */
    public static List<Taxon> knownTaxa() {
        Taxonomy t = bundled();
        List<Taxon> taxa = new ArrayList<>();
        for (TaxonomyIndex.NameRow row : t.index.listed.values()) {
            if (row.accepted()) {
                parsed(row.name()).ifPresent(n -> taxa.add(new Taxon(n, t.taxidOf(n))));
            }
        }
        for (int e = 0; e < t.index.scientific.size(); e++) {
            String name = t.index.scientific.name(e);
            Optional<TaxonName> parsed = parsed(name).filter(n -> n.rank().isPresent());
            if (parsed.isPresent() && !t.index.listed.containsKey(name)) {
                taxa.add(new Taxon(parsed.get(), t.taxidOf(parsed.get())));
            }
        }
        return List.copyOf(taxa);
    }

    /**
     * The reclassifications that lead to a current name in this snapshot, e.g. "Lactobacillus rhamnosus →
     * Lacticaseibacillus rhamnosus".
     *
     * @param current the current name
     * @return the reclassifications, in the order of the snapshot's data; empty if none is listed
     * @throws NullPointerException if {@code current} is null
     */
    public List<Reclassification> reclassificationsTo(TaxonName current) {
        Objects.requireNonNull(current, "current");
        List<Reclassification> result = new ArrayList<>();
        for (TaxonomyIndex.NameRow row : index.synonymsOf(current.full())) {
            parsed(row.name()).filter(n -> !n.equals(current))
                    .ifPresent(n -> result.add(new Reclassification(n, current, row.revisions())));
        }
        return List.copyOf(result);
    }

    private List<Reclassification> reclassificationList() {
        List<Reclassification> result = new ArrayList<>();
        for (TaxonomyIndex.NameRow row : index.listed.values()) {
            if (!row.accepted()) {
                Optional<TaxonName> former = parsed(row.name());
                Optional<TaxonName> current = parsed(row.current().orElseThrow());
                if (former.isPresent() && current.isPresent()) {
                    result.add(new Reclassification(former.get(), current.get(), row.revisions()));
                }
            }
        }
        return List.copyOf(result);
    }

    private static Optional<TaxonName> parsed(String name) {
        try {
            return Optional.of(TaxonName.parse(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // NCBI names of no standard form ("Terrabacteria group")
        }
    }

    private Optional<NcbiTaxonId> taxidOf(TaxonName name) {
        int taxid = index.taxidOf(name.full());
        return taxid > 0 ? Optional.of(NcbiTaxonId.of(taxid)) : Optional.empty();
    }

    private NameResolution resolveWritten(String input, TaxonName written, List<String> normalisations,
            List<String> notes) {
        TaxonName name = written;
        if (name.qualifier().equals(Optional.of(NameQualifier.SP_NOV))) {
            name = name.speciesName();
            notes.add("'sp. nov.' marks " + name + " as described new in the publication; read without it");
        }
        Optional<TaxonomyIndex.NameRow> row = index.row(name.full());
        if (row.isEmpty() && !name.speciesName().equals(name)) {
            TaxonName species = name.speciesName();
            Optional<TaxonomyIndex.NameRow> speciesRow = index.row(species.full());
            if (speciesRow.isPresent()) {
                notes.add(name.rank().map(TaxonRank::code).orElse("name") + " " + Checks.quote(name.full())
                        + " is not listed in " + index.snapshot + "; resolved to its species");
                name = species;
                row = speciesRow;
            }
        }
        if (row.isEmpty()) {
            notes.add(Checks.quote(name.full()) + " is not listed in " + index.snapshot + "; kept as written");
            return new NameResolution(input, new Taxon(name, taxidOf(name)), Optional.empty(), normalisations,
                    notes, false, index.snapshot);
        }
        TaxonomyIndex.NameRow found = row.get();
        Optional<Reclassification> reclassification = Optional.empty();
        TaxonName current = name;
        if (!found.accepted()) {
            Optional<TaxonName> target = parsed(found.current().orElseThrow());
            if (target.isPresent()) {
                current = target.get();
                reclassification = Optional.of(new Reclassification(name, current, found.revisions()));
                if (found.sources().contains("misspelling")) {
                    notes.add(Checks.quote(name.full()) + " is a misspelling of " + current + " in NCBI Taxonomy");
                }
            } else {
                notes.add(Checks.quote(name.full()) + " is a synonym of " + Checks.quote(found.current().get())
                        + ", which is not a name of standard form; kept as written");
            }
        }
        return new NameResolution(input, new Taxon(current, taxidOf(current)), reclassification, normalisations,
                notes, true, index.snapshot);
    }

    private NameResolution resolveAbbreviation(String input, NameForms.Normalised normalised, String[] words) {
        String abbreviation = words[0];
        if (!ABBREVIATION.matcher(abbreviation).matches()) {
            throw new IllegalArgumentException("taxon name " + Checks.quote(input) + ": genus abbreviation "
                    + Checks.quote(abbreviation) + " must be a capital letter, optionally followed by lower-case"
                    + " letters, and a dot, like 'L.' or 'Lc.'");
        }
        String[] standIn = words.clone();
        standIn[0] = "Abbreviated";
        TaxonName pattern = TaxonName.parse(String.join(" ", standIn));
        List<String> notes = new ArrayList<>();
        Map<String, List<String>> candidates = candidates(abbreviation, pattern.full().substring("Abbreviated".length()));
        if (candidates.isEmpty() && !pattern.speciesName().equals(pattern)) {
            candidates = candidates(abbreviation, pattern.speciesName().full().substring("Abbreviated".length()));
            if (candidates.size() == 1) {
                notes.add(Checks.quote(input) + " is not listed in " + index.snapshot + "; resolved to its species");
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("taxon name " + Checks.quote(input) + " matches no taxon listed in "
                    + index.snapshot + "; write the genus in full, like 'Lacticaseibacillus rhamnosus'");
        }
        if (candidates.size() > 1) {
            throw new IllegalArgumentException("taxon name " + Checks.quote(input) + " is ambiguous: it may be "
                    + candidates.entrySet().stream().map(e -> describe(e.getKey(), e.getValue()))
                            .collect(Collectors.joining(" or "))
                    + "; write the genus in full");
        }
        Map.Entry<String, List<String>> only = candidates.entrySet().iterator().next();
        List<String> written = only.getValue();
        String via = written.contains(only.getKey()) ? only.getKey() : written.get(0);
        List<String> changes = new ArrayList<>(normalised.changes());
        changes.add("genus abbreviation " + Checks.quote(abbreviation) + " expanded as in " + Checks.quote(via));
        NameResolution resolved = resolveWritten(input, TaxonName.parse(via), changes, notes);
        return resolved;
    }

    /** Current name → the matching written names (current and/or former), in the snapshot's order. */
    private Map<String, List<String>> candidates(String abbreviation, String rest) {
        Map<String, List<String>> byCurrent = new LinkedHashMap<>();
        Consumer<String> consider = name -> {
            if (name.endsWith(rest) && name.length() > rest.length()) {
                String genus = name.substring(0, name.length() - rest.length());
                String bare = genus.startsWith("[") && genus.endsWith("]") ? genus.substring(1, genus.length() - 1) : genus;
                if (bare.chars().allMatch(Character::isLetter) && abbreviates(abbreviation, bare)) {
                    String current = index.row(name).flatMap(TaxonomyIndex.NameRow::current).orElse(name);
                    List<String> list = byCurrent.computeIfAbsent(current, k -> new ArrayList<>());
                    if (!list.contains(name)) {
                        list.add(name);
                    }
                }
            }
        };
        index.listed.keySet().forEach(consider);
        for (int e = 0; e < index.scientific.size(); e++) {
            consider.accept(index.scientific.name(e));
        }
        return byCurrent;
    }

    private static boolean abbreviates(String abbreviation, String genus) {
        if (genus.isEmpty() || abbreviation.charAt(0) != genus.charAt(0)) {
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

    private static String describe(String current, List<String> written) {
        List<String> formers = written.stream().filter(n -> !n.equals(current)).toList();
        return current + (formers.isEmpty() || written.contains(current)
                ? "" : " (formerly " + String.join(", ", formers) + ")");
    }

    /**
     * The snapshot's identity, e.g. {@code "msbiome-taxonomy 2026.1"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return index.snapshot.toString();
    }
}
