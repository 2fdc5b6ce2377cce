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
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.MsbiomeWriter;
import org.msbiome.io.Problem;
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
     * The files written for one record, and the documents that were not written because the writer refuses
     * them (a design that breaks a rule of the vocabulary, which the import lists among its rejected values).
     *
     * @param files the files written (the NDJSON file once per document written to it)
     * @param notWritten one message per document not written: its kind and the writer's problems
     */
    record Written(List<Path> files, List<String> notWritten) {
        Written {
            files = List.copyOf(files);
            notWritten = List.copyOf(notWritten);
        }
    }

    /**
     * Writes the design and the harms of one record; a document the writer refuses is not written and is
     * named in {@link Written#notWritten()}, and the others are still written.
     *
     * @throws IOException if the target cannot be written
     */
    Written write(CtgovImport result, Path input) throws IOException {
        Map<String, Object> kinds = new LinkedHashMap<>();
        result.design().ifPresent(d -> kinds.put("clinical-trial", d));
        result.results().flatMap(r -> r.safety()).ifPresent(s -> kinds.put("safety-report", s));
        List<Path> written = new ArrayList<>();
        List<String> notWritten = new ArrayList<>();
        if (kinds.isEmpty()) {
            return new Written(written, notWritten);
        }
        String stem = ndjson != null ? null : stem(result, input);
        for (Map.Entry<String, Object> document : kinds.entrySet()) {
            String text;
            try {
                text = ndjson != null ? writer.compact().write(document.getValue()) : writer.write(document.getValue());
            } catch (InvalidDocumentException e) {
                notWritten.add(document.getKey() + " not written: the writer refuses it: " + String.join("; ",
                        e.problems().stream().map(Problem::toString).toList()));
                continue;
            }
            if (ndjson != null) {
                ndjson.write(text);
                ndjson.write('\n');
                written.add(target);
            } else {
                Path file = target.resolve(stem + "." + document.getKey() + ".json");
                Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
                written.add(file);
            }
            documents++;
        }
        if (ndjson != null) {
            ndjson.flush();
        }
        return new Written(written, notWritten);
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
