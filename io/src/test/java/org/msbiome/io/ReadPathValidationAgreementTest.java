package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.internal.Bindings;
import org.msbiome.io.internal.ReadChecks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader's two ways of validating a bound document agree: the read-path checks (the constraints run by
 * the codecs while they build the values, {@code ReadChecks}) and Bean Validation of the bound value with
 * Hibernate Validator (the reader's path before, {@code withBeanValidationOnly()}) give the same problems, the
 * same code, pointer, message and text location in the same order, on every input of the hostile corpus and
 * on 10,000 generated documents of every kind, most of them mutated so that constraints fail.
 */
class ReadPathValidationAgreementTest {
    private static final Path CORPUS = GoldenFiles.TEST_RESOURCES.resolve("corpus");
    private static final AtomicInteger HIBERNATE_CALLS = new AtomicInteger();
    /** The read-path reader, which counts how often it falls back to Hibernate Validator. */
    private static final MsbiomeReader READ_PATH = new MsbiomeReader(Bindings.standard(), ReadLimits.defaults(),
            () -> {
                HIBERNATE_CALLS.incrementAndGet();
                return MsbiomeValidation.validator();
            }, ReadChecks.shared());
    private static final MsbiomeReader BEAN_VALIDATION = READ_PATH.withBeanValidationOnly();
    private static final MsbiomeWriter WRITER = MsbiomeJson.writer().compact();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DOCUMENTS = 10_000;

    static Stream<Arguments> corpus() {
        return HostileCorpus.load(CORPUS).stream().map(e -> Arguments.argumentSet(e.category() + " " + e.file(), e));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void readPathChecksAndBeanValidationGiveTheSameProblemsOnEveryHostileCorpusInput(HostileCorpus.Entry entry) {
        Supplier<InputStream> input = HostileCorpus.input(CORPUS, entry);
        Class<?> type = Bindings.standard().kindNamed(entry.kind()).orElseThrow().type();
        assertThat(outcome(READ_PATH, entry, input, type)).isEqualTo(outcome(BEAN_VALIDATION, entry, input, type));
    }

    static List<String> outcome(MsbiomeReader reader, HostileCorpus.Entry entry, Supplier<InputStream> input,
            Class<?> type) {
        List<String> out = new ArrayList<>();
        if (entry.mode().equals("ndjson")) {
            try (NdjsonReader<?> lines = reader.ndjson(input.get(), type)) {
                lines.forEachRemaining(line -> out.add(line.lineNumber() + " " + describe(line.result())));
            }
            return out;
        }
        ReadResult<?> result;
        if (entry.mode().equals("text")) {
            try (InputStream in = input.get()) {
                result = reader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            result = reader.read(input.get(), type);
        }
        out.add(describe(result));
        return out;
    }

    static String describe(ReadResult<?> result) {
        return result.isValid() ? "valid: " + result.orElseThrow() : result.problems().toString();
    }

    /**
     * 10,000 seeded documents, spread over every kind: a quarter as generated, the others with one to four
     * seeded mutations of their JSON (a number negated, zeroed or moved, an array element repeated or
     * dropped, a text or code copied from elsewhere in the document, a property removed), so that constraints
     * fail, cross-field rules break at known paths, and values fail to bind around sound parts.
     */
    @Test
    void readPathChecksAndBeanValidationGiveTheSameProblemsOnTenThousandGeneratedDocuments() {
        List<Arguments> kinds = CoreRoundTripTest.kinds().toList();
        Map<String, int[]> counts = new TreeMap<>();
        int violating = 0;
        Map<String, Integer> fellBack = new TreeMap<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            Generated generated = generated(i, kinds);
            Class<?> type = generated.type();
            String json = generated.json();
            int before = HIBERNATE_CALLS.get();
            ReadResult<?> readPath = READ_PATH.read(json, type);
            boolean fell = HIBERNATE_CALLS.get() != before;
            ReadResult<?> beanValidation = BEAN_VALIDATION.read(json, type);
            if (fell) {
                fellBack.merge(type.getSimpleName(), 1, Integer::sum);
                if (type != org.msbiome.core.microbiome.CommunityProfile.class) {
                    // A covered kind falls back only for a violation whose path the pointers cannot follow
                    // (Hibernate Validator's message then ends with "(at <property path>)").
                    assertThat(beanValidation.problems()).as("document %d fell back: %s", i, json)
                            .anyMatch(p -> p.message().contains(" (at "));
                }
            }
            assertThat(describe(readPath)).as("document %d (%s): %s", i, type.getSimpleName(), json)
                    .isEqualTo(describe(beanValidation));
            boolean violation = readPath.problems().stream()
                    .anyMatch(p -> p.code() == ProblemCode.CONSTRAINT_VIOLATION);
            violating += violation ? 1 : 0;
            counts.computeIfAbsent(type.getSimpleName(), k -> new int[2])[violation ? 1 : 0]++;
        }
        System.out.printf("documents by kind [without, with constraint violations]: %s; with violations %d; "
                + "read path fell back to Hibernate Validator for %s%n", counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]).toList(), violating, fellBack);
        assertThat(violating).isGreaterThan(DOCUMENTS / 10);
    }

    /** Generated document {@code i}: its kind's type, its JSON, and how many mutations it went through. */
    record Generated(Class<?> type, String json, int mutations) {}

    /**
     * Document {@code i} of the generated ones: drawn with {@code new Random(i)} from the generator of kind
     * {@code i % kinds.size()}, written, and in three cases out of four mutated one to four times.
     */
    static Generated generated(int i, List<Arguments> kinds) {
        Random random = new Random(i);
        Arguments kind = kinds.get(i % kinds.size());
        @SuppressWarnings("unchecked")
        Function<Random, Object> generator = (Function<Random, Object>) kind.get()[1];
        JsonNode document = JSON.readTree(WRITER.unchecked(draw(generator, random)));
        int mutations = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            mutate(document, random);
        }
        return new Generated((Class<?>) kind.get()[0], JSON.writeValueAsString(document), mutations);
    }

    /** A value of the generator: the first draw that the constructors take. */
    static Object draw(Function<Random, Object> generator, Random random) {
        while (true) {
            try {
                return generator.apply(random);
            } catch (IllegalArgumentException e) {
                // a combination the constructors refuse: the next draw of the same generator
            }
        }
    }

    /** One seeded change somewhere in the document (never in the envelope). */
    static void mutate(JsonNode document, Random random) {
        List<JsonNode> parents = new ArrayList<>();
        List<JsonNode> leaves = new ArrayList<>();
        collect(document, parents, leaves, true);
        if (parents.isEmpty()) {
            return;
        }
        JsonNode parent = parents.get(random.nextInt(parents.size()));
        if (parent instanceof ArrayNode array) {
            if (array.isEmpty()) {
                return;
            }
            int at = random.nextInt(array.size());
            switch (random.nextInt(3)) {
                case 0 -> array.add(array.get(at).deepCopy());
                case 1 -> array.remove(at);
                default -> array.insert(0, array.get(at).deepCopy());
            }
            return;
        }
        ObjectNode object = (ObjectNode) parent;
        List<String> names = new ArrayList<>(object.propertyNames());
        names.remove("type");
        if (parent == document) {
            names.removeAll(List.of("format", "version", "kind"));
        }
        if (names.isEmpty()) {
            return;
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNode value = object.get(name);
        int choice = random.nextInt(10);
        if (choice == 0) {
            object.remove(name);
        } else if (value.isNumber()) {
            double[] moves = {-1, 0, -0.5, 2, 100, 1e-9};
            double move = moves[random.nextInt(moves.length)];
            if (value.isIntegralNumber() && move != 1e-9 && move != -0.5) {
                object.put(name, (long) (value.asDouble() * move) - (move == 0 ? random.nextInt(2) : 0));
            } else {
                object.put(name, value.asDouble() * move);
            }
        } else if (value.isString() || value.isBoolean()) {
            List<JsonNode> same = leaves.stream().filter(l -> l.getNodeType() == value.getNodeType()).toList();
            if (!same.isEmpty()) {
                object.set(name, same.get(random.nextInt(same.size())).deepCopy());
            }
        } else if (value.isObject() && !leaves.isEmpty() && choice == 1) {
            object.set(name, leaves.get(random.nextInt(leaves.size())).deepCopy());
        }
    }

    private static void collect(JsonNode node, List<JsonNode> parents, List<JsonNode> leaves, boolean root) {
        if (node.isObject() || node.isArray()) {
            if (!root) {
                parents.add(node);
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!(root && (e.getKey().equals("format") || e.getKey().equals("version")
                        || e.getKey().equals("kind")))) {
                    collect(e.getValue(), parents, leaves, false);
                }
            }
            if (node.isArray()) {
                node.values().forEach(v -> collect(v, parents, leaves, false));
            }
            if (root) {
                parents.add(node);
            }
        } else {
            leaves.add(node);
        }
    }

    @Test
    void everyKindButTheProfileIsCovered() {
        List<String> covered = Bindings.standard().kinds().stream()
                .filter(k -> ReadChecks.shared().covers(k.codec())).map(Bindings.Kind::name).toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(MsbiomeJson.kinds().stream()
                .filter(k -> !k.equals("community-profile")).toList());
    }

    /** A document whose constraints all hold is read without ever building Hibernate Validator. */
    @Test
    void aValidDocumentOfACoveredKindIsReadWithoutHibernateValidator() {
        Supplier<Validator> none = () -> {
            throw new AssertionError("Hibernate Validator asked for");
        };
        MsbiomeReader reader = new MsbiomeReader(Bindings.standard(), ReadLimits.defaults(), none, ReadChecks.shared());
        String trial = WRITER.write(org.msbiome.fixtures.PublishedStudies.kouchaki2017Design());
        assertThat(reader.read(trial, org.msbiome.core.design.TrialDesign.class).isValid()).isTrue();
        assertThat(reader.read(new ByteArrayInputStream(trial.getBytes(StandardCharsets.UTF_8)),
                org.msbiome.core.design.TrialDesign.class).isValid()).isTrue();
    }
}
