package org.msbiome.core.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.DataResource;

/** Loads the bundled snapshot from its data resources, and a user's NCBI taxdump from its files. */
final class SnapshotLoader {
    static final String BUNDLED_NAME = "msbiome-taxonomy";
    static final String BUNDLED_VERSION = "2026.1";

    private SnapshotLoader() {}

    static TaxonomyIndex bundled() {
        DataResource snapshot = DataResource.load(SnapshotLoader.class, "snapshot.tsv", "dated");
        List<TaxonomySnapshot.Source> sources = new ArrayList<>();
        for (DataResource.Row row : snapshot.rows()) {
            sources.add(new TaxonomySnapshot.Source(row.key(), snapshot.sources().get(row.key()).reference(),
                    row.optional("dated")));
        }
        TaxonomyIndex index = new TaxonomyIndex(new TaxonomySnapshot(BUNDLED_NAME, BUNDLED_VERSION, sources));

        DataResource taxa = DataResource.load(SnapshotLoader.class, "taxa.tsv", "taxid", "name", "rank", "lineage");
        taxa.map(row -> {
            int taxid = Integer.parseInt(row.text("taxid"));
            List<String> lineage = row.list("lineage");
            int parent = lineage.size() >= 2 ? Integer.parseInt(lineage.get(lineage.size() - 2))
                    : lineage.size() == 1 ? taxid : 0;
            index.addNode(taxid, parent, row.optional("rank").map(index::rankCode).orElse((byte) 0));
            index.addName(taxid, row.text("name"), "scientific name");
            return taxid;
        });

        DataResource names = DataResource.load(SnapshotLoader.class, "names.tsv",
                "name", "status", "current", "rank", "revision_sources");
        Map<String, DataResource.Source> nameSources = names.sources();
        names.map(row -> {
            boolean accepted = switch (row.text("status")) {
                case "accepted" -> true;
                case "synonym" -> false;
                default -> throw row.error("status must be 'accepted' or 'synonym'");
            };
            List<TaxonomicRevision> revisions = row.list("revision_sources").stream()
                    .map(k -> new TaxonomicRevision(k, nameSources.get(k).reference())).toList();
            TaxonomyIndex.NameRow entry = new TaxonomyIndex.NameRow(row.text("name"), accepted,
                    row.optional("current"), revisions, row.list("sources"));
            if (accepted == entry.current().isPresent()) {
                throw row.error("an accepted name has no current name; a synonym has one");
            }
            index.addListed(entry);
            return entry;
        });

        DataResource merged = DataResource.load(SnapshotLoader.class, "merged-taxids.tsv", "taxid", "current");
        merged.map(row -> {
            index.addMerged(Integer.parseInt(row.text("taxid")), Integer.parseInt(row.text("current")));
            return row.key();
        });
        return index.seal();
    }

    /**
     * Streams nodes.dmp, names.dmp and, when present, merged.dmp and delnodes.dmp. Rows are read one at a
     * time and kept in arrays; nothing holds a file in memory.
     */
    static TaxonomyIndex taxdump(Path dir, String version) throws IOException {
        TaxonomyIndex index = new TaxonomyIndex(new TaxonomySnapshot("ncbi-taxdump", version, List.of()));
        read(dir.resolve("nodes.dmp"), true, 3, fields -> index.addNode(taxid(fields[0]), taxid(fields[1]),
                index.rankCode(fields[2])));
        read(dir.resolve("names.dmp"), true, 4, fields -> index.addName(taxid(fields[0]), fields[1], fields[3]));
        read(dir.resolve("merged.dmp"), false, 2, fields -> index.addMerged(taxid(fields[0]), taxid(fields[1])));
        read(dir.resolve("delnodes.dmp"), false, 1, fields -> index.addDeleted(taxid(fields[0])));
        return index.seal();
    }

    private interface RowHandler {
        void accept(String[] fields);
    }

    private static void read(Path file, boolean required, int fieldCount, RowHandler handler) throws IOException {
        if (!required && !Files.exists(file)) {
            return;
        }
        BufferedReader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "NCBI taxdump file is missing; expected "
                    + "nodes.dmp and names.dmp (merged.dmp and delnodes.dmp are optional)");
        }
        try (reader) {
            String[] fields = new String[fieldCount];
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    split(line, fields);
                    handler.accept(fields);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": " + e.getMessage()
                            + "; expected NCBI's '\\t|\\t'-separated fields ending in '\\t|'", e);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Splits the first {@code fields.length} fields of a {@code \t|\t}-separated row. */
    private static void split(String line, String[] fields) {
        int start = 0;
        for (int i = 0; i < fields.length; i++) {
            int end = line.indexOf("\t|", start);
            if (end < 0) {
                throw new IllegalArgumentException("row " + Checks.quote(line) + " has " + i + " fields, not "
                        + fields.length);
            }
            fields[i] = line.substring(start, end);
            start = end + 2;
            if (start < line.length() && line.charAt(start) == '\t') {
                start++;
            }
        }
    }

    private static int taxid(String text) {
        int value = 0;
        if (text.isEmpty() || text.length() > 9) {
            throw new IllegalArgumentException("taxid " + Checks.quote(text) + " is not a number");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("taxid " + Checks.quote(text) + " is not a number");
            }
            value = value * 10 + (c - '0');
        }
        if (value == 0) {
            throw new IllegalArgumentException("taxid 0 is not a taxid");
        }
        return value;
    }

}
