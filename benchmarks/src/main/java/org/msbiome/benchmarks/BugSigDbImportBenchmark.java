package org.msbiome.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.msbiome.io.bugsigdb.BugSigDbImporter;
import org.msbiome.io.bugsigdb.BugSigDbReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@link BugSigDbImporter#stream} on a generated export ten times the size of BugSigDB's full export (about
 * 8,000 signatures): {@code rows} rows made by repeating the 37 rows of the bundled excerpt (export of
 * 2025-08-05, CC BY 4.0) with their study IDs made unique per copy, written to a temporary file in the setup.
 * Each operation imports the whole file, handing experiments to a counting sink (none is kept), in a JVM forked
 * with {@code -Xmx256m}: the file (about 145 MB) does not fit in that heap, so a pass shows the import streams.
 * Rows per second = {@code rows} / the time per operation. One warm-up pass and three measured passes (an
 * iteration of one second holds one pass, which takes longer).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class BugSigDbImportBenchmark {
    /** Rows in the generated export: ten times the about 8,000 signatures of the full export. */
    @Param("80000")
    public int rows;

    private Path file;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        String excerpt;
        try (InputStream in = BugSigDbImportBenchmark.class.getResourceAsStream("bugsigdb-excerpt.csv")) {
            excerpt = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] parts = excerpt.split("\n", 3);
        List<String> records = records(parts[2]);
        file = Files.createTempFile("bugsigdb-generated", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(parts[0] + "\n" + parts[1] + "\n");
            for (int i = 0; i < rows; i++) {
                String record = records.get(i % records.size());
                int copy = i / records.size();
                out.write(record.replaceFirst("^bsdb:", "bsdb:" + copy + "x"));
                out.write('\n');
            }
        }
    }

    /** The excerpt's data records (a record may span lines inside quotes). */
    static List<String> records(String body) {
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (String line : body.split("\n", -1)) {
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(line);
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == '"') {
                    quoted = !quoted;
                }
            }
            if (!quoted) {
                if (current.length() > 0) {
                    records.add(current.toString());
                }
                current.setLength(0);
            }
        }
        return records;
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long importGeneratedExport() throws IOException {
        LongAdder signatures = new LongAdder();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            BugSigDbReport report = BugSigDbImporter.stream(in, e -> signatures.add(e.signatures().size()));
            if (report.rows() != rows) {
                throw new IllegalStateException("read " + report.rows() + " rows of " + rows);
            }
        }
        return signatures.sum();
    }
}
