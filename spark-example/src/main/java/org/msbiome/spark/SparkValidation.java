package org.msbiome.spark;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.TaskCompletionListener;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.MsbiomeReader;
import org.msbiome.io.NdjsonLine;
import org.msbiome.io.NdjsonReader;
import org.msbiome.io.Problem;
import org.msbiome.io.TextLocation;
import scala.Tuple2;

/**
 * Validates an NDJSON stream of msbiome documents with Apache Spark, in {@code local[2]} mode bound to
 * 127.0.0.1: Spark splits the file into partitions, and each partition is read by msbiome's own NDJSON
 * reader ({@link MsbiomeReader#ndjsonAny}), so a line gets exactly the result {@code msbiome validate} gives
 * it, numbered as the line of the file. {@link MsbiomeReader} is not {@link Serializable}: it is never sent
 * to the executors; each partition takes the reader of its own JVM ({@link MsbiomeJson#reader()}, one per
 * JVM and thread-safe). Only the small {@link LineOutcome} of each line travels back.
 *
 * <p>Arguments: {@code CATALOG_DIR COPIES INPUT.ndjson}: writes INPUT from the bundled catalog (see
 * {@link CatalogStream}), then validates it; or {@code INPUT.ndjson} alone: validates a stream of your own.
 */
public final class SparkValidation {
    private static final byte[] LINE_FEED = {'\n'};

    private SparkValidation() {}

    /**
     * What one document line gave: its line number in the file, whether it is valid, its kind when it is, and
     * its problems' codes (and the first problem, printable) when it is not.
     *
     * @param line the line number in the file, from 1, blank lines counted
     * @param valid whether the document has no problem
     * @param kind the document kind, such as {@code finding}, for a valid document; else empty
     * @param codes the problem codes, such as {@code syntax}
     * @param firstProblem the first problem as printed by {@code msbiome validate}, or empty
     */
    public record LineOutcome(long line, boolean valid, String kind, List<String> codes, String firstProblem)
            implements Serializable {}

    /**
     * Runs the example.
     *
     * @param args {@code CATALOG_DIR COPIES INPUT.ndjson}, or {@code INPUT.ndjson}
     * @throws Exception if the input cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        Path input;
        if (args.length == 3) {
            input = Path.of(args[2]);
            int perCopy = CatalogStream.write(Path.of(args[0]), Integer.parseInt(args[1]), input);
            System.out.printf(Locale.ROOT, "input: %s (%,d bytes): %s copies of the catalog's %d documents, "
                    + "broken lines after every %dth copy%n", input.getFileName(), Files.size(input),
                    args[1], perCopy, CatalogStream.BROKEN_EVERY);
        } else if (args.length == 1) {
            input = Path.of(args[0]);
        } else {
            System.err.println("usage: SparkValidation CATALOG_DIR COPIES INPUT.ndjson | SparkValidation INPUT.ndjson");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder()
                .appName("msbiome-validate")
                .master("local[2]")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        try {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            // The lines as bytes (Hadoop's TextInputFormat, which splits the file at line ends), so that msbiome's
            // reader decodes them and reports a line that is not UTF-8; textFile() would replace such bytes.
            JavaRDD<byte[]> lines = context.hadoopFile(input.toAbsolutePath().toString(), TextInputFormat.class,
                            LongWritable.class, Text.class, 4)
                    .map(line -> line._2().copyBytes()); // copied: Hadoop reuses the Text object
            JavaRDD<LineOutcome> outcomes = lines.zipWithIndex()
                    .mapPartitions(SparkValidation::validatePartition)
                    .cache();

            long documents = outcomes.count();
            long valid = outcomes.filter(LineOutcome::valid).count();
            Map<String, Long> kinds = new TreeMap<>(outcomes.filter(LineOutcome::valid)
                    .map(LineOutcome::kind).countByValue());
            Map<String, Long> codes = new TreeMap<>(outcomes.flatMap(o -> o.codes().iterator()).countByValue());
            List<LineOutcome> invalid = outcomes.filter(o -> !o.valid()).takeOrdered(20, new ByLine());

            System.out.printf(Locale.ROOT, "partitions: %d, read by msbiome's NdjsonReader in each%n",
                    lines.getNumPartitions());
            System.out.printf(Locale.ROOT, "documents: %,d: %,d valid, %,d invalid%n", documents, valid,
                    documents - valid);
            kinds.forEach((kind, n) -> System.out.printf(Locale.ROOT, "  valid %s: %,d%n", kind, n));
            codes.forEach((code, n) -> System.out.printf(Locale.ROOT, "  problem [%s]: %,d%n", code, n));
            System.out.println("invalid lines (at most 20):");
            invalid.forEach(o -> System.out.printf(Locale.ROOT, "  line %d: %s%n", o.line(), o.firstProblem()));
        } finally {
            spark.stop();
        }
    }

    /**
     * Reads one partition's lines with msbiome's NDJSON reader. The lines come with their index in the file
     * (from {@code zipWithIndex}); the partition's lines are consecutive lines of the file, so a line's
     * number is the first index plus its number within the partition.
     */
    static Iterator<LineOutcome> validatePartition(Iterator<Tuple2<byte[], Long>> partition) {
        if (!partition.hasNext()) {
            return Collections.emptyIterator();
        }
        Tuple2<byte[], Long> first = partition.next();
        long offset = first._2(); // the partition's first line is line offset + 1
        MsbiomeReader reader = MsbiomeJson.reader(); // this JVM's reader: never serialized
        NdjsonReader<Object> documents = reader.ndjsonAny(linesAsBytes(first._1(), partition));
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> documents.close());
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public LineOutcome next() {
                NdjsonLine<Object> line = documents.next();
                long number = offset + line.lineNumber();
                return line.result().toOptional()
                        .map(value -> new LineOutcome(number, true, MsbiomeJson.kindOf(value.getClass()), List.of(), ""))
                        .orElseGet(() -> new LineOutcome(number, false, "",
                                line.result().problems().stream().map(p -> p.code().code()).toList(),
                                line.result().problems().stream().findFirst()
                                        .map(p -> inFile(p, offset).toString()).orElse("")));
            }
        };
    }

    /**
     * The problem located in the file: the reader numbers a partition's lines from 1, so a location (line and
     * column of a syntax error) moves by the partition's offset, as the line numbers do.
     */
    private static Problem inFile(Problem problem, long offset) {
        return new Problem(problem.pointer(), problem.code(), problem.message(),
                problem.location().map(at -> new TextLocation(at.line() + offset, at.column())));
    }

    /** The lines, each followed by a line feed, read lazily (one line in memory at a time). */
    private static InputStream linesAsBytes(byte[] first, Iterator<Tuple2<byte[], Long>> rest) {
        return new SequenceInputStream(new Enumeration<InputStream>() {
            private boolean firstDone;

            @Override
            public boolean hasMoreElements() {
                return !firstDone || rest.hasNext();
            }

            @Override
            public InputStream nextElement() {
                byte[] line = firstDone ? rest.next()._1() : first;
                firstDone = true;
                return new SequenceInputStream(new ByteArrayInputStream(line), new ByteArrayInputStream(LINE_FEED));
            }
        });
    }

    /** Orders outcomes by line number; serializable, as Spark sends it to the executors. */
    private static final class ByLine implements Comparator<LineOutcome>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(LineOutcome a, LineOutcome b) {
            return Long.compare(a.line(), b.line());
        }
    }
}
