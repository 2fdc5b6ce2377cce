package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.io.internal.Bindings;
import org.msbiome.io.internal.Envelope;
import org.msbiome.io.internal.FastRead;
import org.msbiome.io.internal.Problems;
import org.msbiome.io.internal.ReadChecks;
import org.msbiome.io.internal.TreeReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader reads a document that it can read twice (text, bytes, an NDJSON line) from its tokens first
 * ({@code FastRead}), and the full way, through the tree, when that gives up. The two must never differ: on
 * every input of the hostile corpus and on 10,000 generated documents (a quarter sound, the others mutated),
 * the reader gives exactly what the full read alone gives. And the fast read must not give up on a sound
 * document that msbiome wrote, or it would be no faster.
 */
class FastReadAgreementTest {
    private static final Path CORPUS = GoldenFiles.TEST_RESOURCES.resolve("corpus");
    private static final MsbiomeReader READER = MsbiomeJson.reader();
    private static final MsbiomeReader FULL = READER.withoutFastRead();
    private static final MsbiomeWriter WRITER = MsbiomeJson.writer().compact();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DOCUMENTS = 10_000;

    @ParameterizedTest
    @MethodSource("org.msbiome.io.ReadPathValidationAgreementTest#corpus")
    void theReaderGivesWhatTheFullReadGivesOnEveryHostileCorpusInput(HostileCorpus.Entry entry) {
        Supplier<InputStream> input = HostileCorpus.input(CORPUS, entry);
        Class<?> type = Bindings.standard().kindNamed(entry.kind()).orElseThrow().type();
        assertThat(ReadPathValidationAgreementTest.outcome(READER, entry, input, type))
                .isEqualTo(ReadPathValidationAgreementTest.outcome(FULL, entry, input, type));
    }

    private static String describe(ReadResult<?> result) {
        return ReadPathValidationAgreementTest.describe(result);
    }

    @Test
    void theReaderGivesWhatTheFullReadGivesOnTenThousandGeneratedDocuments() {
        List<Arguments> kinds = CoreRoundTripTest.kinds().toList();
        Envelope envelope = new Envelope(Bindings.standard());
        TreeReader trees = new TreeReader(ReadLimits.defaults());
        Map<String, int[]> counts = new TreeMap<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            ReadPathValidationAgreementTest.Generated generated = ReadPathValidationAgreementTest.generated(i, kinds);
            Class<?> type = generated.type();
            String json = generated.json();
            int mutations = generated.mutations();
            ReadResult<?> full = FULL.read(new StringReader(json), type);
            assertThat(describe(READER.read(json, type))).as("document %d (%s): %s", i, type.getSimpleName(), json)
                    .isEqualTo(describe(full));
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertThat(describe(READER.read(new ByteArrayInputStream(bytes), type))).isEqualTo(describe(full));

            Object fast = FastRead.read(trees, () -> trees.parser(bytes, 0, bytes.length), envelope,
                    envelope.kindOfType(type), new Problems(ReadChecks.shared()));
            if (fast != null) {
                assertThat(full.isValid()).as("document %d: the fast read gave a value, the full read %s: %s", i,
                        full.problems(), json).isTrue();
                assertThat(fast).isEqualTo(full.orElseThrow());
            } else if (full.isValid() && mutations == 0) {
                // Only the community profile, whose constraints the read-path checks do not cover, is read
                // the full way when it is sound and as msbiome wrote it.
                assertThat(type).as("document %d: the fast read gave up on a sound document: %s", i, json)
                        .isEqualTo(CommunityProfile.class);
            }
            counts.computeIfAbsent(type.getSimpleName(), k -> new int[2])[fast != null ? 0 : 1]++;
        }
        System.out.printf("documents by kind [read fast, read the full way]: %s%n", counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]).toList());
    }

    @Test
    void ndjsonLinesAreReadAlikeBothWays() {
        StringBuilder stream = new StringBuilder();
        List<Arguments> kinds = CoreRoundTripTest.kinds().toList();
        Arguments kind = kinds.get(0);
        Class<?> type = (Class<?>) kind.get()[0];
        @SuppressWarnings("unchecked")
        Function<Random, Object> generator = (Function<Random, Object>) kind.get()[1];
        Random random = new Random(22);
        for (int i = 0; i < 200; i++) {
            JsonNode document = JSON.readTree(WRITER.unchecked(ReadPathValidationAgreementTest.draw(generator, random)));
            if (i % 3 == 0) {
                ReadPathValidationAgreementTest.mutate(document, random);
            }
            stream.append(JSON.writeValueAsString(document)).append(i % 7 == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = stream.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(lines(READER, bytes, type, 1)).isEqualTo(lines(FULL, bytes, type, 1))
                .isEqualTo(lines(READER, bytes, type, 2));
    }

    private static List<String> lines(MsbiomeReader reader, byte[] bytes, Class<?> type, int threads) {
        List<String> out = new ArrayList<>();
        try (NdjsonReader<?> lines = reader.ndjson(new ByteArrayInputStream(bytes), type)) {
            (threads > 1 ? lines.parallel(threads) : lines)
                    .forEachRemaining(line -> out.add(line.lineNumber() + " " + describe(line.result())));
        }
        return out;
    }
}
