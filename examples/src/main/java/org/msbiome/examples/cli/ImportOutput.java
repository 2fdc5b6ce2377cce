package org.msbiome.examples.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.MsbiomeWriter;
import org.msbiome.io.ctgov.CtgovImport;

/**
 * Where {@code import-ctgov --output} writes the imported documents: one NDJSON file (a target ending in
 * {@code .ndjson}, one compact line per document, for every record of the run), or a directory (created if
 * absent) with one file per document, named by NCT ID and kind ({@code NCT02210780.clinical-trial.json}); a
 * record without an NCT ID is named by its input file, and a name already used in the run gets {@code -2},
 * {@code -3} ...
 */
final class ImportOutput implements Closeable {
    private final Path target;
    private final BufferedWriter ndjson;
    private final Set<String> stems = new HashSet<>();
    private final MsbiomeWriter writer = MsbiomeJson.writer();
    private long documents;

    private ImportOutput(Path target, BufferedWriter ndjson) {
        this.target = target;
        this.ndjson = ndjson;
    }

    /**
     * Opens the target before any record is read: creates the NDJSON file (empty) or the directory.
     *
     * @throws IOException if it cannot be created or written
     */
    static ImportOutput open(Path target) throws IOException {
        if (isNdjson(target)) {
            if (Files.isDirectory(target)) {
                throw new IOException("'" + target + "' is a directory; expected a file name ending in .ndjson");
            }
            return new ImportOutput(target, Files.newBufferedWriter(target, StandardCharsets.UTF_8));
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException("'" + target + "' is a file; expected a directory, or a file name ending in .ndjson");
        }
        Files.createDirectories(target);
        return new ImportOutput(target, null);
    }

    static boolean isNdjson(Path target) {
        return target.getFileName() != null
                && target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ndjson");
    }

    /** The target: the NDJSON file or the directory. */
    Path target() {
        return target;
    }

    /** Whether {@code file} is in the output directory (so that a directory input does not read it back). */
    boolean holds(Path file) {
        return ndjson == null && file.toAbsolutePath().normalize().startsWith(target.toAbsolutePath().normalize());
    }

    /** How many documents were written so far. */
    long documents() {
        return documents;
    }

    /**
     * Writes the design ({@code clinical-trial}) and the harms ({@code safety-report}) of an import, those
     * that exist.
     *
     * @param result the import
     * @param input the file it was read from, which names a record without an NCT ID
     * @return the files written to (the NDJSON file once per document)
     * @throws IOException if a document cannot be written
     */
    List<Path> write(CtgovImport result, Path input) throws IOException {
        Map<String, Object> kinds = new LinkedHashMap<>();
        result.design().ifPresent(d -> kinds.put("clinical-trial", d));
        result.results().flatMap(r -> r.safety()).ifPresent(s -> kinds.put("safety-report", s));
        List<Path> written = new ArrayList<>();
        if (kinds.isEmpty()) {
            return written;
        }
        if (ndjson != null) {
            for (Object value : kinds.values()) {
                ndjson.write(writer.compact().write(value));
                ndjson.write('\n');
                written.add(target);
                documents++;
            }
            ndjson.flush();
            return written;
        }
        String stem = stem(result, input);
        for (Map.Entry<String, Object> document : kinds.entrySet()) {
            Path file = target.resolve(stem + "." + document.getKey() + ".json");
            Files.writeString(file, writer.write(document.getValue()) + "\n", StandardCharsets.UTF_8);
            written.add(file);
            documents++;
        }
        return written;
    }

    private String stem(CtgovImport result, Path input) {
        String base = result.study().nctId().map(id -> id.value()).orElseGet(() -> {
            String name = input.getFileName() == null ? "study" : input.getFileName().toString();
            return name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        });
        String stem = base;
        for (int i = 2; !stems.add(stem); i++) {
            stem = base + "-" + i;
        }
        return stem;
    }

    @Override
    public void close() throws IOException {
        if (ndjson != null) {
            ndjson.close();
        }
    }
}
