package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msbiome.core.validation.MsbiomeValidation;

/**
 * One reader, one writer and one validator, shared by eight threads that read, validate and write at
 * the same time, give exactly the results of a single-threaded run.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final MsbiomeReader READER = MsbiomeJson.reader();
    private static final MsbiomeWriter WRITER = MsbiomeJson.writer();
    private static final MsbiomeWriter COMPACT = MsbiomeJson.writer().compact();
    private static final Validator VALIDATOR = MsbiomeValidation.validator();

    @Test
    void sharedReaderWriterAndValidatorGiveTheSingleThreadedResults() throws Exception {
        List<Supplier<String>> tasks = tasks();
        List<String> expected = tasks.stream().map(Supplier::get).toList();
        assertThat(tasks).hasSizeGreaterThan(600);
        // The tasks give several different outcomes: valid values, problems of every kind, violations.
        assertThat(expected.stream().filter(s -> s.startsWith("valid")).count()).isGreaterThan(200);
        assertThat(expected.stream().filter(s -> s.startsWith("invalid")).count()).isGreaterThan(200);
        assertThat(expected.stream().filter(s -> s.startsWith("violations: [") && !s.equals("violations: []")).count())
                .isGreaterThan(10);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String[]>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < tasks.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(t));
                runs.add(pool.submit(() -> {
                    String[] results = new String[tasks.size()];
                    start.await();
                    for (int i : order) {
                        results[i] = tasks.get(i).get();
                    }
                    return results;
                }));
            }
            start.countDown();
            for (Future<String[]> run : runs) {
                assertThat(run.get(10, TimeUnit.MINUTES)).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reading documents (text and bytes), writing values and validating values, as strings to compare. */
    private static List<Supplier<String>> tasks() throws IOException {
        List<Supplier<String>> tasks = new ArrayList<>();
        List<Function<Random, Object>> generators = List.of(CoreRoundTripTest::taxon, CoreRoundTripTest::strain,
                CoreRoundTripTest::formulation);
        Random random = new Random(20261127);
        for (int i = 0; i < 300; i++) {
            Object value;
            try {
                value = generators.get(i % generators.size()).apply(random);
            } catch (IllegalArgumentException refusedByCore) {
                continue;
            }
            String document;
            try {
                document = WRITER.write(value);
            } catch (InvalidDocumentException refusedByTheReadersChecks) {
                // The writer refuses what the reader refuses (here: Bean Validation), with the reader's problems.
                tasks.add(() -> "refused: " + refused(value));
                tasks.add(() -> "violations: " + violations(value));
                continue;
            }
            tasks.add(() -> "written: " + WRITER.write(value) + COMPACT.write(value));
            tasks.add(() -> "violations: " + violations(value));
            tasks.add(() -> outcome(READER.readAny(document)));
            tasks.add(() -> outcome(READER.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                    value.getClass())));
        }
        Path corpus = GoldenFiles.TEST_RESOURCES.resolve("corpus");
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                tasks.add(() -> outcome(READER.readAny(new String(bytes, StandardCharsets.UTF_8))));
            }
        }
        return tasks;
    }

    private static String outcome(ReadResult<?> result) {
        if (result instanceof ReadResult.Valid<?> valid) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            WRITER.write(valid.value(), bytes);
            return "valid: " + bytes.toString(StandardCharsets.UTF_8) + " violations: " + violations(valid.value());
        }
        return "invalid: " + result.problems();
    }

    private static String violations(Object value) {
        return VALIDATOR.validate(value).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.toList())
                .toString();
    }

    private static String refused(Object value) {
        try {
            return "written " + COMPACT.write(value);
        } catch (InvalidDocumentException e) {
            return e.problems().toString();
        }
    }
}
