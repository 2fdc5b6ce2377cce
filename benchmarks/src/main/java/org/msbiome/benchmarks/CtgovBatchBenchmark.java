package org.msbiome.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.msbiome.io.ctgov.CtgovImport;
import org.msbiome.io.ctgov.CtgovImporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A batch import of ClinicalTrials.gov API v2 study records: {@value #RECORDS} records, each imported with
 * {@link CtgovImporter#importJson(String)}. One operation is one record; MB/s = records/s × the mean record size
 * ({@link #meanBytes()}).
 *
 * <p>The records are generated (seeded) from the three real records in io's test data
 * ({@code io/src/test/resources/ctgov}, provenance in its README; the build copies them into this jar):
 * NCT00763412 (43 KB, results), NCT02210780 (98 KB, results) and NCT02513394 (PALLAS, 269 KB, 5,796 participants
 * and their locations), in equal numbers and shuffled order. Each copy gets a fictitious NCT ID ({@code NCT9…},
 * beyond the numbers issued) and organisation study ID, and the words of its brief summary and detailed
 * description are shuffled, so that no two records are the same text while each keeps its real record's shape:
 * its modules, arrays, sizes and values. They are written compact, as the API sends them.
 *
 * <p>Baseline: {@link #jacksonTree()}, a default Jackson {@code JsonMapper} parsing the same texts into trees.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 2)
public class CtgovBatchBenchmark {
    /** Records in the batch: ten copies of each of the three real records (about 4 MB). */
    static final int RECORDS = 30;
    private static final List<String> TEMPLATES = List.of("NCT00763412.json", "NCT02210780.json", "NCT02513394.json");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private List<String> batch;

    /** Generates the batch and checks that every record imports with its own NCT ID. */
    @Setup
    public void setUp() {
        batch = records();
        for (String record : batch) {
            String id = MAPPER.readTree(record).at("/protocolSection/identificationModule/nctId").asString();
            CtgovImport imported = CtgovImporter.importJson(record);
            DocumentBenchmark.check(imported.study().nctId().map(n -> n.value().equals(id)).orElse(false),
                    "import lost the NCT ID " + id);
        }
        System.out.printf("%n[ctgov] %d records, %,.0f bytes per record on average%n", RECORDS, meanBytes());
    }

    /** Imports every record of the batch; one operation is one record. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int importBatch() {
        int n = 0;
        for (String record : batch) {
            n += CtgovImporter.importJson(record).mapped().size();
        }
        return n;
    }

    /** Baseline: parses every record of the batch into a Jackson tree; one operation is one record. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int jacksonTree() {
        int n = 0;
        for (String record : batch) {
            n += MAPPER.readTree(record).size();
        }
        return n;
    }

    /** The mean size of a record of the batch in bytes (UTF-8). */
    static double meanBytes() {
        return records().stream().mapToLong(r -> r.getBytes(StandardCharsets.UTF_8).length).average().orElseThrow();
    }

    /** The batch: the same records for every run. */
    static List<String> records() {
        Random random = new Random(20260222L);
        List<JsonNode> templates = new ArrayList<>();
        for (String name : TEMPLATES) {
            try (InputStream in = CtgovBatchBenchmark.class.getResourceAsStream("ctgov/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource ctgov/" + name);
                }
                templates.add(MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            order.add(i % templates.size());
        }
        Collections.shuffle(order, random);
        List<String> records = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            ObjectNode record = (ObjectNode) templates.get(order.get(i)).deepCopy();
            ObjectNode section = (ObjectNode) record.get("protocolSection");
            ObjectNode identification = (ObjectNode) section.get("identificationModule");
            identification.put("nctId", String.format("NCT9%07d", 1_000_000 + i));
            if (identification.get("orgStudyIdInfo") instanceof ObjectNode org) {
                org.put("id", "GEN-" + (100_000 + random.nextInt(900_000)));
            }
            if (section.get("descriptionModule") instanceof ObjectNode description) {
                shuffleWords(description, "briefSummary", random);
                shuffleWords(description, "detailedDescription", random);
            }
            records.add(MAPPER.writeValueAsString(record));
        }
        return records;
    }

    private static void shuffleWords(ObjectNode module, String field, Random random) {
        if (module.get(field) instanceof StringNode text) {
            List<String> words = new ArrayList<>(Arrays.asList(text.asString().split(" ")));
            Collections.shuffle(words, random);
            module.put(field, String.join(" ", words));
        }
    }
}
