package org.msbiome.benchmarks;

import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.msbiome.benchmarks.plain.PlainJson;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.MsbiomeReader;
import org.msbiome.io.MsbiomeWriter;
import org.msbiome.io.ReadLimits;
import org.msbiome.io.ReadResult;
import org.msbiome.io.internal.Bindings;
import org.msbiome.io.internal.Envelope;
import org.msbiome.io.internal.Problems;
import org.msbiome.io.internal.ReadChecks;
import org.msbiome.io.internal.TreeReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * One realistic document ({@link Workload#document()}), written and read by msbiome beside its baselines:
 * plain Jackson databind of the same JSON into equivalent plain records ({@code plain*}), and Jackson's
 * streaming parser reading every token of the same bytes ({@code readStreamingTokens}, the practical limit).
 *
 * <p>Reads take the pretty document as the msbiome writer writes it; writes produce the compact document,
 * which the setup checks to be byte-identical for msbiome and the plain records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DocumentBenchmark {
    private Workload workload;
    private Class<?> type;
    private byte[] json;
    private Object value;
    private Object plainValue;
    private Object moduleValue;
    private MsbiomeReader reader;
    private MsbiomeWriter writer;
    private ObjectReader plainReader;
    private ObjectWriter plainWriter;
    private ObjectReader moduleReader;
    private ObjectWriter moduleWriter;
    private ObjectMapper streaming;
    private Validator validator;
    private Envelope envelope;
    private Bindings.Kind kind;
    private JsonNode tree;
    private ReadChecks checks;

    /** Builds the inputs, and checks that msbiome and the baselines see the same document. */
    @Setup
    public void setUp() {
        workload = Workload.document();
        value = workload.value();
        type = value.getClass();
        json = workload.prettyJson();
        reader = MsbiomeJson.reader();
        writer = MsbiomeJson.writer().compact();
        plainReader = PlainJson.MAPPER.readerFor(workload.plainDocument());
        plainWriter = PlainJson.MAPPER.writerFor(workload.plainDocument());
        moduleReader = MsbiomeJson.mapper().readerFor(workload.moduleDocument());
        moduleWriter = MsbiomeJson.mapper().writerFor(workload.moduleDocument());
        streaming = PlainJson.MAPPER;
        validator = MsbiomeValidation.validator();

        envelope = new Envelope(Bindings.standard());
        kind = envelope.kindOfType(type);
        TreeReader trees = new TreeReader(ReadLimits.defaults());
        tree = trees.read(() -> trees.parser(new ByteArrayInputStream(json)), new Problems(), 0);
        checks = ReadChecks.shared();
        Problems checked = new Problems(checks);
        check(value.equals(envelope.read(tree, kind, checked)) && checked.isEmpty()
                && checked.checkedViolations() != null && checked.checkedViolations().isEmpty(),
                "the read-path checks do not cover the document: " + checked.toList());

        plainValue = plainReader.readValue(json);
        moduleValue = workload.toModuleDocument().apply(value);
        ReadResult<?> read = reader.read(new ByteArrayInputStream(json), type);
        check(read.isValid() && read.orElseThrow().equals(value), "the msbiome reader does not read back the value: "
                + read.problems());
        String ours = writer.write(value);
        check(ours.equals(plainWriter.writeValueAsString(plainValue)), "plain records write another JSON:\n" + ours
                + "\n" + plainWriter.writeValueAsString(plainValue));
        check(ours.equals(moduleWriter.writeValueAsString(moduleValue)), "MsbiomeModule writes another JSON");
        check(validator.validate(value).isEmpty(), "the document is not valid");
        check(Arrays.equals(ColdStart.document(), json) && ColdStart.TYPE == type
                && ColdStart.PLAIN == workload.plainDocument(), "the cold-start document is stale; regenerate it "
                + "with: java -cp benchmarks/target/benchmarks.jar org.msbiome.benchmarks.DocumentBenchmark "
                + "benchmarks/src/main/resources/org/msbiome/benchmarks/" + ColdStart.DOCUMENT);
        System.out.printf("%n[document] kind %s, %d bytes pretty, %d bytes compact%n", workload.kind(), json.length,
                ours.getBytes(StandardCharsets.UTF_8).length);
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    // ---- write -------------------------------------------------------------------------------------

    /** msbiome: {@code MsbiomeJson.writer().compact().write(value)}. */
    @Benchmark
    public String writeMsbiome() {
        return writer.write(value);
    }

    /** The same value with its envelope through {@code MsbiomeModule} on a Jackson mapper. */
    @Benchmark
    public String writeMsbiomeModule() {
        return moduleWriter.writeValueAsString(moduleValue);
    }

    /** Baseline: plain databind of the equivalent plain records. */
    @Benchmark
    public String writePlainDatabind() {
        return plainWriter.writeValueAsString(plainValue);
    }

    // ---- read --------------------------------------------------------------------------------------

    /** msbiome: read, bind and validate ({@code MsbiomeJson.reader().read(in, type)}). */
    @Benchmark
    public ReadResult<?> readBindValidateMsbiome() {
        return reader.read(new ByteArrayInputStream(json), type);
    }

    /** msbiome without validation: bind through {@code MsbiomeModule} on a Jackson mapper. */
    @Benchmark
    public Object readBindMsbiomeModule() {
        return moduleReader.readValue(json);
    }

    /** The validation step alone, on the bound value ({@code MsbiomeValidation.validator().validate}). */
    @Benchmark
    public Object validateOnly() {
        return validator.validate(value);
    }

    /**
     * The read path from a tree already read: the codecs bind the value and check each value's constraints as
     * they build it ({@code ReadChecks}), as {@code MsbiomeReader} does. Less {@link #bindFromTree}, this is
     * what validation costs a read.
     */
    @Benchmark
    public Object bindCheckFromTree() {
        Problems problems = new Problems(checks);
        Object bound = envelope.read(tree, kind, problems);
        return problems.checkedViolations() == null ? problems : bound;
    }

    /** The same binding without the constraint checks. */
    @Benchmark
    public Object bindFromTree() {
        return envelope.read(tree, kind, new Problems());
    }

    /** Baseline: plain databind into the equivalent plain records. */
    @Benchmark
    public Object readPlainDatabind() {
        return plainReader.readValue(json);
    }

    /** Baseline (the practical limit): the streaming parser reading every token of the same bytes. */
    @Benchmark
    public int readStreamingTokens(Blackhole sink) {
        try (JsonParser parser = streaming.createParser(json)) {
            return Tokens.readAll(parser, sink);
        }
    }

    /** Writes the benchmark document (the cold-start probe's resource). @param args the file */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), Workload.document().prettyJson());
    }
}
