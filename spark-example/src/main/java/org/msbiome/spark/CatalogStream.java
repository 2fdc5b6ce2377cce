package org.msbiome.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.MsbiomeWriter;
import org.msbiome.io.ReadResult;

/**
 * Makes the example's input: an NDJSON stream of the bundled catalog's documents (published studies:
 * citations, trial designs, findings), written {@code copies} times, with a few lines broken on purpose
 * and blank lines, so that the counts of a validation run are known before it runs.
 *
 * <p>Every 50th copy (copies 1, 51, 101, ...) is followed by four lines: a document of format version
 * 2.0 ({@code unsupported-version}), a document cut off in the middle ({@code syntax}), a document with a
 * byte that is not UTF-8 ({@code syntax}), and a blank line of one space (not a document). The stream ends
 * with a line break.
 */
final class CatalogStream {
    static final int BROKEN_EVERY = 50;

    private CatalogStream() {}

    /**
     * Writes the stream.
     *
     * @param catalog the catalog directory ({@code examples/src/main/resources/org/msbiome/examples/catalog})
     * @param copies how many times its documents are written
     * @param target the NDJSON file
     * @return how many catalog documents one copy holds
     * @throws IOException if reading or writing fails
     */
    static int write(Path catalog, int copies, Path target) throws IOException {
        List<String> documents = compactDocuments(catalog);
        Files.createDirectories(target.toAbsolutePath().getParent());
        String first = documents.get(0);
        String newerVersion = first.replaceFirst("\"version\":\"1\\.0\"", "\"version\":\"2.0\"");
        String cutOff = first.substring(0, first.length() / 2);
        // The first document with its first 'a' replaced by the byte 0xFF, which is not UTF-8.
        byte[] notUtf8 = first.getBytes(StandardCharsets.UTF_8);
        notUtf8[first.indexOf('a')] = (byte) 0xFF;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            for (int copy = 0; copy < copies; copy++) {
                for (String document : documents) {
                    out.write((document + "\n").getBytes(StandardCharsets.UTF_8));
                }
                if (copy % BROKEN_EVERY == 0) {
                    out.write((newerVersion + "\n" + cutOff + "\n").getBytes(StandardCharsets.UTF_8));
                    out.write(notUtf8);
                    out.write("\n \n".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return documents.size();
    }

    /** The catalog's documents (every {@code *.json} below it, in path order), each on one line. */
    private static List<String> compactDocuments(Path catalog) throws IOException {
        MsbiomeWriter compact = MsbiomeJson.writer().compact();
        try (Stream<Path> files = Files.walk(catalog)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(file -> {
                ReadResult<Object> read = MsbiomeJson.reader().readAny(readString(file));
                return compact.write(read.orElseThrow());
            }).toList();
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
