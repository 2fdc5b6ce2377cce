package org.msbiome.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.msbiome.benchmarks.plain.PlainJson;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.NdjsonLine;
import org.msbiome.io.NdjsonReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;

/**
 * NDJSON read-validate throughput of a stream of small records ({@link Workload#ndjsonRecord()}), beside
 * plain databind of the same lines into plain records and the streaming parser reading every token. The
 * score is records per second (one operation is one record); MB/s is records/s × {@code bytesPerRecord},
 * printed by the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NdjsonBenchmark {
    /** Records in the stream read by one invocation. */
    static final int RECORDS = 10_000;

    private byte[] ndjson;
    private Class<?> type;
    private ObjectReader plainReader;

    /** Generates the stream and checks that every line is valid. */
    @Setup
    public void setUp() {
        Workload workload = Workload.ndjsonRecord();
        type = workload.value().getClass();
        ndjson = Workload.ndjson(RECORDS);
        plainReader = PlainJson.MAPPER.readerFor(workload.plainDocument());
        DocumentBenchmark.check(readMsbiome(null) == RECORDS, "not every line is valid");
        DocumentBenchmark.check(readMsbiome(null, 2) == RECORDS, "not every line is valid in parallel");
        System.out.printf("%n[ndjson] kind %s, %d records, %d bytes, bytesPerRecord %.1f%n", workload.kind(), RECORDS,
                ndjson.length, ndjson.length / (double) RECORDS);
    }

    private int readMsbiome(Blackhole sink) {
        return readMsbiome(sink, 0);
    }

    private int readMsbiome(Blackhole sink, int threads) {
        int valid = 0;
        NdjsonReader<?> reader = MsbiomeJson.reader().ndjson(new ByteArrayInputStream(ndjson), type);
        try (NdjsonReader<?> lines = threads > 0 ? reader.parallel(threads) : reader) {
            while (lines.hasNext()) {
                NdjsonLine<?> line = lines.next();
                if (line.result().isValid()) {
                    valid++;
                }
                if (sink != null) {
                    sink.consume(line);
                }
            }
        }
        return valid;
    }

    /** msbiome: read, bind and validate every line ({@code MsbiomeJson.reader().ndjson(in, type)}). */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int ndjsonReadValidateMsbiome(Blackhole sink) {
        return readMsbiome(sink);
    }

    /**
     * msbiome in parallel: the same, with one worker thread per available processor
     * ({@code ndjson(in, type).parallel(threads)}), lines given in order.
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int ndjsonReadValidateMsbiomeParallel(Blackhole sink) {
        return readMsbiome(sink, Runtime.getRuntime().availableProcessors());
    }

    /** Baseline: plain databind of every line into the plain records ({@code readValues}). */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int ndjsonPlainDatabind(Blackhole sink) {
        int n = 0;
        try (MappingIterator<Object> values = plainReader.readValues(ndjson)) {
            while (values.hasNextValue()) {
                sink.consume(values.nextValue());
                n++;
            }
        }
        return n;
    }

    /** Baseline (the practical limit): the streaming parser reading every token of the stream. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int ndjsonStreamingTokens(Blackhole sink) {
        try (JsonParser parser = PlainJson.MAPPER.createParser(ndjson)) {
            return Tokens.readAll(parser, sink);
        }
    }
}
