package org.msbiome.core.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.msbiome.core.internal.Checks;

/**
 * A taxonomic lineage: the ranked entries from the top of the tree down to one taxon, as an analysis tool
 * or a taxonomy wrote them, e.g. {@code k__Bacteria|p__Bacillota|c__Clostridia|…|s__Faecalibacterium
 * prausnitzii}.
 *
 * <p>Each {@link Entry} keeps its name exactly as given, with its rank where the notation says it, and its
 * NCBI Taxonomy ID where one was given. Levels a tool could not assign ({@code g__} with an empty name,
 * {@code unclassified Bacteroides}) stay in the lineage as unresolved entries, so a profile can tell "not
 * resolved at genus level" from "no genus". Entries with a rank come in rank order, top down.
 *
 * @param entries the entries, top down; at least one
 * @since 0.1.0
 */
public record Lineage(List<Entry> entries) {
    /**
     * Copies the entries and checks their order.
     *
     * @throws NullPointerException if {@code entries} or an entry is null
     * @throws IllegalArgumentException if there is no entry, or an entry with a rank comes after an entry of
     *     the same or a lower rank
     */
    public Lineage {
        Objects.requireNonNull(entries, "entries");
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("lineage has no entry; expected at least one, like 'd__Bacteria'");
        }
        Entry previous = null;
        for (Entry entry : entries) {
            if (entry.rank().isEmpty()) {
                continue;
            }
            if (previous != null && !entry.rank().get().isBelow(previous.rank().orElseThrow())) {
                throw new IllegalArgumentException("lineage entry " + entry + " comes after " + previous
                        + "; expected the ranks from the top down, like domain, phylum, class, order, family,"
                        + " genus, species");
            }
            previous = entry;
        }
    }

    /**
     * The lineage with the given entries.
     *
     * @param entries the entries, top down
     * @return the lineage
     * @throws NullPointerException if an entry is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static Lineage of(Entry... entries) {
        return new Lineage(List.of(entries));
    }

    /**
     * Parses a lineage written in one of the tools' notations.
     *
     * @param text the lineage, e.g. {@code "d__Bacteria;p__Bacillota_A;c__Clostridia"}; for
     *     {@link LineageNotation#KRAKEN_REPORT}, report rows whose last row is the taxon and whose rows above
     *     hold its ancestors
     * @param notation the notation
     * @return the lineage, names exactly as written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is not a lineage in that notation; the message names the
     *     level that is wrong and the expected form
     */
    public static Lineage parse(String text, LineageNotation notation) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(notation, "notation");
        if (notation == LineageNotation.KRAKEN_REPORT) {
            List<Lineage> rows = LineageParser.krakenReport(text.lines().toList());
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("Kraken report is empty; expected at least one row");
            }
            return rows.get(rows.size() - 1);
        }
        return LineageParser.prefixed(text, notation);
    }

    /**
     * Reads a whole Kraken 2 or Bracken report: the lineage of every row, in the report's order.
     *
     * @param report the report's text; the reader is read to its end but not closed
     * @return one lineage per row
     * @throws NullPointerException if {@code report} is null
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if a row is malformed; the message gives its line number
     */
    public static List<Lineage> readKrakenReport(Reader report) throws IOException {
        Objects.requireNonNull(report, "report");
        BufferedReader lines = report instanceof BufferedReader b ? b : new BufferedReader(report);
        List<String> rows = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            rows.add(line);
        }
        return LineageParser.krakenReport(rows);
    }

    /**
     * The deepest entry that names a taxon: the last {@linkplain Entry#isResolved() resolved} entry, e.g.
     * {@code g__Faecalibacterium} in {@code …|g__Faecalibacterium|s__}. A profile uses it to label a feature.
     *
     * @return the deepest resolved entry; empty if no entry is resolved
     */
    public Optional<Entry> deepestResolved() {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).isResolved()) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The last entry: the taxon this lineage leads to, resolved or not.
     *
     * @return the last entry
     */
    public Entry last() {
        return entries.get(entries.size() - 1);
    }

    /**
     * The entry at a rank.
     *
     * @param rank the rank
     * @return the entry with that rank; empty if the lineage has none (an unresolved entry at that rank is
     *     returned, see {@link Entry#isResolved()})
     * @throws NullPointerException if {@code rank} is null
     */
    public Optional<Entry> at(TaxonRank rank) {
        Objects.requireNonNull(rank, "rank");
        return entries.stream().filter(e -> e.rank().equals(Optional.of(rank))).findFirst();
    }

    /**
     * This lineage cut below a rank: the entries down to the deepest entry that is not below {@code rank},
     * e.g. the genus-level lineage of a species, to add up a profile by genus.
     *
     * @param rank the deepest rank to keep
     * @return the shortened lineage; this lineage if nothing lies below {@code rank}
     * @throws NullPointerException if {@code rank} is null
     * @throws IllegalArgumentException if every ranked entry lies below {@code rank} (nothing would remain)
     */
    public Lineage upTo(TaxonRank rank) {
        Objects.requireNonNull(rank, "rank");
        int end = -1;
        for (int i = 0; i < entries.size(); i++) {
            Optional<TaxonRank> r = entries.get(i).rank();
            if (r.isPresent() && !r.get().isBelow(rank)) {
                end = i;
            }
        }
        if (end < 0) {
            throw new IllegalArgumentException("lineage " + this + " has no entry at or above rank "
                    + rank.code());
        }
        return end == entries.size() - 1 ? this : new Lineage(entries.subList(0, end + 1));
    }

    /**
     * This lineage with an NCBI Taxonomy ID on each entry, as BugSigDB gives them: a {@code |}-joined list of
     * IDs of the same depth beside each MetaPhlAn lineage.
     *
     * @param ids one ID per entry, top down
     * @return the lineage with the IDs
     * @throws NullPointerException if {@code ids} or an ID is null
     * @throws IllegalArgumentException if the number of IDs differs from the number of entries
     */
    public Lineage withNcbiTaxonIds(List<NcbiTaxonId> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.size() != entries.size()) {
            throw new IllegalArgumentException("lineage " + this + " has " + entries.size() + " entries but "
                    + ids.size() + " NCBI Taxonomy IDs were given; expected one ID per entry");
        }
        List<Entry> withIds = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            withIds.add(new Entry(e.rank(), e.name(), Optional.of(Objects.requireNonNull(ids.get(i), "ids"))));
        }
        return new Lineage(withIds);
    }

    /**
     * Writes this lineage in a prefixed notation, e.g. {@code k__Bacteria|p__Bacillota} in MetaPhlAn's.
     *
     * @param notation the notation; not {@link LineageNotation#KRAKEN_REPORT}, whose rows carry read counts
     * @return the text, which {@link #parse(String, LineageNotation)} reads back to an equal lineage when no
     *     entry carries an ID
     * @throws NullPointerException if {@code notation} is null
     * @throws IllegalArgumentException for a Kraken report, or if an entry has a rank (or no rank) that the
     *     notation cannot write
     */
    public String format(LineageNotation notation) {
        return LineageParser.format(this, notation);
    }

    /**
     * A readable form, the entries as {@code rank:name} joined by {@code "; "}, e.g.
     * {@code "domain:Bacteria; phylum:Bacillota_A; genus:"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return entries.stream().map(Entry::toString).collect(Collectors.joining("; "));
    }

    /**
     * One level of a lineage: a rank where the notation gives one, a name exactly as written (empty when
     * the tool left the level unassigned), and an NCBI Taxonomy ID where one was given.
     *
     * @param rank the rank; empty for a level without one (a Kraken {@code G1} level, NCBI's "no rank")
     * @param name the name as written, without the notation's prefix; empty for an unassigned level
     * @param ncbiTaxonId the NCBI Taxonomy ID, if given
     * @since 0.1.0
     */
    public record Entry(Optional<TaxonRank> rank, String name, Optional<NcbiTaxonId> ncbiTaxonId) {
        private static final List<String> PLACEHOLDERS =
                List.of("unclassified", "unassigned", "unknown", "uncultured", "unidentified");

        /**
         * Strips the name and checks its form.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the name contains a control character (a tab or line break)
         */
        public Entry {
            Objects.requireNonNull(rank, "rank");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(ncbiTaxonId, "ncbiTaxonId");
            if (name.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("lineage entry name " + Checks.quote(name)
                        + " contains a control character; expected a name on one line, like 'Bacteroides'");
            }
            name = name.strip();
        }

        /**
         * An entry with a rank and a name, without an ID.
         *
         * @param rank the rank
         * @param name the name as written; empty for an unassigned level
         * @return the entry
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the name contains a control character
         */
        public static Entry of(TaxonRank rank, String name) {
            return new Entry(Optional.of(rank), name, Optional.empty());
        }

        /**
         * An entry without a rank, without an ID.
         *
         * @param name the name as written
         * @return the entry
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if the name contains a control character
         */
        public static Entry unranked(String name) {
            return new Entry(Optional.empty(), name, Optional.empty());
        }

        /**
         * Whether this entry names a taxon: its name is not empty and is not a placeholder ("unclassified",
         * "unassigned", "unknown", "uncultured", "unidentified", alone or followed by a name, as in
         * "unclassified Bacteroides" or "uncultured bacterium").
         *
         * @return true if the entry names a taxon
         */
        public boolean isResolved() {
            if (name.isEmpty()) {
                return false;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            for (String placeholder : PLACEHOLDERS) {
                if (lower.equals(placeholder) || lower.startsWith(placeholder + " ")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The entry as {@code rank:name} ({@code ?:name} without a rank), with {@code [taxid]} when an ID is
         * present.
         *
         * @return the description
         */
        @Override
        public String toString() {
            return rank.map(TaxonRank::code).orElse("?") + ":" + name
                    + ncbiTaxonId.map(id -> " [" + id + "]").orElse("");
        }
    }
}
