package org.msbiome.io.bugsigdb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.taxonomy.Lineage;
import org.msbiome.core.taxonomy.LineageNotation;
import org.msbiome.core.taxonomy.NcbiTaxonId;
import org.msbiome.core.taxonomy.TaxonRank;

/**
 * Reads a signature's taxa: the comma-separated MetaPhlAn lineages and, position by position, the
 * semicolon-separated {@code |}-joined taxid lineages. An empty entry is reported and skipped without shifting
 * the pairing of the entries after it.
 */
final class TaxonLists {
    private TaxonLists() {}

    static List<Lineage> read(Row row) {
        Optional<String> names = row.text(Columns.TAXA);
        Optional<String> ids = row.text(Columns.TAXIDS);
        if (names.isEmpty()) {
            ids.ifPresent(v -> row.reject(Columns.TAXIDS, v, "taxids given without taxon names; not mapped"));
            return List.of();
        }
        String[] nameEntries = names.get().split(",", -1);
        String[] idEntries = ids.map(v -> v.split(";", -1)).orElse(null);
        if (idEntries != null && idEntries.length != nameEntries.length) {
            row.reject(Columns.TAXIDS, ids.get(), idEntries.length + " taxid lineages for " + nameEntries.length
                    + " taxon names; expected one per name, so no taxid is paired with any name of this row");
            idEntries = null;
        }
        List<Lineage> taxa = new ArrayList<>(nameEntries.length);
        Set<List<Lineage.Entry>> seen = new HashSet<>();
        for (int i = 0; i < nameEntries.length; i++) {
            String name = nameEntries[i].strip();
            String id = idEntries == null ? "" : idEntries[i].strip();
            int position = i + 1;
            if (name.isEmpty()) {
                row.reject(Columns.TAXA, names.get(), "entry " + position + " of the taxon list is empty"
                        + (id.isEmpty() ? "" : "; its taxid lineage " + Row.quote(id) + " is not mapped"));
                continue;
            }
            if (idEntries != null && id.isEmpty()) {
                row.reject(Columns.TAXIDS, ids.orElseThrow(), "entry " + position
                        + " of the taxid list is empty; taxon " + Row.quote(name) + " is kept without taxids");
            }
            Optional<Lineage> lineage = lineage(row, name);
            if (lineage.isEmpty()) {
                continue;
            }
            Lineage taxon = lineage.get();
            if (!id.isEmpty()) {
                taxon = withIds(row, taxon, name, id);
            }
            if (!seen.add(taxon.entries())) {
                row.reject(Columns.TAXA, name, "taxon " + position + " repeats an earlier taxon of the signature;"
                        + " the repetition is left out");
                continue;
            }
            taxa.add(taxon);
        }
        return taxa;
    }

    private static Optional<Lineage> lineage(Row row, String text) {
        String[] levels = text.split("\\|", -1);
        int n = levels.length;
        boolean subspecies = n >= 2 && levels[n - 1].startsWith("s__") && levels[n - 2].startsWith("s__");
        try {
            if (!subspecies) {
                return Optional.of(Lineage.parse(text, LineageNotation.METAPHLAN));
            }
            Lineage species = Lineage.parse(text.substring(0, text.lastIndexOf('|')), LineageNotation.METAPHLAN);
            List<Lineage.Entry> entries = new ArrayList<>(species.entries());
            String name = levels[n - 1].substring(3);
            entries.add(Lineage.Entry.of(TaxonRank.SUBSPECIES, name));
            row.infer(Columns.TAXA, levels[n - 1], "a second s__ level read as the subspecies " + Row.quote(name));
            return Optional.of(new Lineage(entries));
        } catch (IllegalArgumentException e) {
            row.reject(Columns.TAXA, text, e.getMessage());
            return Optional.empty();
        }
    }

    private static Lineage withIds(Row row, Lineage lineage, String name, String id) {
        String[] parts = id.split("\\|", -1);
        List<NcbiTaxonId> taxids = new ArrayList<>(parts.length);
        for (String p : parts) {
            try {
                taxids.add(NcbiTaxonId.parse(p.strip()));
            } catch (IllegalArgumentException e) {
                row.reject(Columns.TAXIDS, id, "taxid " + Row.quote(p) + " of " + Row.quote(name)
                        + " is not a taxid (" + e.getMessage() + "); the taxon is kept without taxids");
                return lineage;
            }
        }
        if (taxids.size() != lineage.entries().size()) {
            row.reject(Columns.TAXIDS, id, "taxid lineage has " + taxids.size() + " levels but " + Row.quote(name)
                    + " has " + lineage.entries().size() + "; the taxon is kept without taxids");
            return lineage;
        }
        return lineage.withNcbiTaxonIds(taxids);
    }
}
