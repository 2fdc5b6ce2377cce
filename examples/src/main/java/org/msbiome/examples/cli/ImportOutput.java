package org.msbiome.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.MsbiomeWriter;
import org.msbiome.io.ctgov.CtgovImport;

/** Writes what {@code import-ctgov} imported as msbiome documents: to a directory, or as NDJSON lines. */
final class ImportOutput {
    private ImportOutput() {}

    /**
     * Writes the design ({@code clinical-trial}) and the harms ({@code safety-report}) of an import, those
     * that exist. A target ending in {@code .ndjson} gets one compact line per document; any other target is
     * a directory (created if absent) that gets one file per document, named by NCT ID and kind.
     *
     * @return the files written
     */
    static List<Path> write(CtgovImport result, Path target) throws IOException {
        Map<String, Object> documents = new LinkedHashMap<>();
        result.design().ifPresent(d -> documents.put("clinical-trial", d));
        result.results().flatMap(r -> r.safety()).ifPresent(s -> documents.put("safety-report", s));
        MsbiomeWriter writer = MsbiomeJson.writer();
        List<Path> written = new ArrayList<>();
        if (target.getFileName() != null && target.getFileName().toString().endsWith(".ndjson")) {
            StringBuilder lines = new StringBuilder();
            documents.values().forEach(v -> lines.append(writer.compact().write(v)).append('\n'));
            Files.writeString(target, lines, StandardCharsets.UTF_8);
            written.add(target);
            return written;
        }
        Files.createDirectories(target);
        String stem = result.study().nctId().map(id -> id.value()).orElse("study");
        for (Map.Entry<String, Object> document : documents.entrySet()) {
            Path file = target.resolve(stem + "." + document.getKey() + ".json");
            Files.writeString(file, writer.write(document.getValue()) + "\n", StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }
}
