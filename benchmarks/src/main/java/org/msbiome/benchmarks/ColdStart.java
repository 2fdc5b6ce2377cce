package org.msbiome.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.msbiome.benchmarks.plain.PlainJson;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.ReadResult;

/**
 * The cold-start probe: one process that reads the benchmark document from its jar and exits. Run as whole
 * processes by {@code benchmarks/cold-start.sh}, which times JVM start to exit.
 *
 * <ul>
 *   <li>{@code msbiome}: read, bind and validate the document with {@code MsbiomeJson.reader()};
 *   <li>{@code plain}: plain databind of the same bytes into the plain records (the baseline);
 *   <li>{@code jvm}: read the bytes only (the JVM's own start);
 *   <li>{@code phases}: like {@code msbiome}, and prints how long each first step took.
 * </ul>
 */
public final class ColdStart {
    private ColdStart() {}

    /** The benchmark document as the msbiome writer writes it (checked by {@link DocumentBenchmark}). */
    static final String DOCUMENT = "document.json";

    /** The document's type, a constant so that the probe builds no fixture. */
    static final Class<?> TYPE = org.msbiome.core.design.TrialDesign.class;

    /** The plain records of the whole document. */
    static final Class<?> PLAIN = org.msbiome.benchmarks.plain.PlainTrial.Document.class;

    /** @param args the mode: {@code msbiome}, {@code plain} or {@code jvm} */
    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "msbiome";
        byte[] json = document();
        switch (mode) {
            case "msbiome" -> {
                ReadResult<?> read = MsbiomeJson.reader().read(new java.io.ByteArrayInputStream(json), TYPE);
                if (!read.isValid()) {
                    throw new IllegalStateException("not valid: " + read.problems());
                }
            }
            case "plain" -> PlainJson.MAPPER.readValue(json, PLAIN);
            case "phases" -> {
                // The reader checks constraints while it binds (ReadChecks): a valid document needs no
                // Hibernate Validator, whose factory is built last here only to show what it would cost.
                long t0 = System.nanoTime();
                org.msbiome.io.MsbiomeReader reader = MsbiomeJson.reader();
                long t1 = System.nanoTime();
                ReadResult<?> read = reader.read(new java.io.ByteArrayInputStream(json), TYPE);
                long t2 = System.nanoTime();
                org.msbiome.core.validation.MsbiomeValidation.validator();
                long t3 = System.nanoTime();
                System.out.printf("reader (bindings) %d ms, first read %d ms, valid %s; then Hibernate Validator's"
                        + " factory (not used by the read) %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        read.isValid(), (t3 - t2) / 1_000_000);
            }
            case "jvm" -> {
                if (json.length == 0) {
                    throw new IllegalStateException("empty document");
                }
            }
            default -> throw new IllegalArgumentException("mode '" + mode + "'; expected msbiome, plain, jvm or phases");
        }
    }

    static byte[] document() {
        try (InputStream in = ColdStart.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
