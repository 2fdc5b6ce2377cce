package org.msbiome.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.signature.Experiment;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.MsbiomeWriter;

/**
 * Writes what {@code import-bugsigdb} imported as {@code experiment} documents (each with its signatures) while
 * the export is read: one compact line per experiment to a target ending in {@code .ndjson}, or one file per
 * experiment in a directory (created if absent), named by the experiment's BSDB ID
 * ({@code bsdb:27352007/1} gives {@code 27352007-1.experiment.json}). An NDJSON file is written under a
 * temporary name and moved into place by {@link #finish()}; {@link #abandon()} removes what was written (and
 * the directory, when this output created it), so a failed import leaves no partial output.
 */
final class ExperimentOutput {
    /** A document could not be written; the cause is the I/O failure. */
    static final class WriteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private final Path target;
    private final boolean ndjson;
    private final MsbiomeWriter writer = MsbiomeJson.writer();
    private final List<Path> written = new ArrayList<>();
    private final Set<String> stems = new HashSet<>();
    private @Nullable Path partial;
    private @Nullable BufferedWriter lines;
    private long documents;
    private boolean createdDirectory;

    private ExperimentOutput(Path target) {
        this.target = target;
        this.ndjson = isNdjson(target);
    }

    /** Whether a target is an NDJSON file (its name ends in {@code .ndjson}) rather than a directory. */
    static boolean isNdjson(Path target) {
        return target.getFileName() != null && target.getFileName().toString().endsWith(".ndjson");
    }

    /** An output to {@code target}; nothing is created before the first document. */
    static ExperimentOutput to(Path target) {
        return new ExperimentOutput(target);
    }

    /**
     * Writes one experiment.
     *
     * @throws WriteFailure if the document cannot be written
     * @throws org.msbiome.io.InvalidDocumentException if the reader would refuse the document
     */
    void write(Experiment experiment) {
        String text = ndjson ? writer.compact().write(experiment) : writer.write(experiment);
        try {
            if (ndjson) {
                if (lines == null) {
                    Path dir = target.toAbsolutePath().getParent();
                    partial = Files.createTempFile(dir, "." + target.getFileName(), ".part");
                    lines = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                }
                lines.write(text);
                lines.write('\n');
            } else {
                if (!createdDirectory && !Files.exists(target)) {
                    createdDirectory = true;
                }
                Files.createDirectories(target);
                Path file = target.resolve(stem(experiment.id()) + ".experiment.json");
                Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
                written.add(file);
            }
            documents++;
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
    }

    /** The number of documents written. */
    long documents() {
        return documents;
    }

    /**
     * Completes the output: the NDJSON file is moved into place (an empty one is written when nothing was
     * imported).
     *
     * @return the files written
     */
    List<Path> finish() throws IOException {
        if (!ndjson) {
            if (documents == 0) {
                Files.createDirectories(target);
            }
            return List.copyOf(written);
        }
        if (lines == null) {
            Files.writeString(target, "", StandardCharsets.UTF_8);
            return List.of(target);
        }
        lines.close();
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        return List.of(target);
    }

    /** Removes what was written, after a failure. */
    void abandon() {
        try {
            if (lines != null) {
                lines.close();
            }
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            if (createdDirectory) {
                Files.deleteIfExists(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file name from an experiment ID: {@code bsdb:27352007/1} gives {@code 27352007-1}, unique in this output. */
    private String stem(String id) {
        String base = id.startsWith("bsdb:") ? id.substring(5) : id;
        base = base.replace('/', '-').replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "experiment" + base;
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        String stem = base;
        for (int n = 2; !stems.add(stem.toLowerCase(Locale.ROOT)); n++) {
            stem = base + "-" + n;
        }
        return stem;
    }
}
