package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.msbiome.core.strain.Strain;

/**
 * Reading an NDJSON stream in parallel gives the lines in line order, each with exactly the result the
 * sequential reader gives it: 100,000 generated strain lines with bad lines of every kind at known
 * positions, read from characters and from bytes.
 */
class NdjsonParallelTest {
    private static final int LINES = 100_000;
    // A line limit that only the over-long lines exceed.
    private static final MsbiomeReader READER = MsbiomeJson.reader()
            .withLimits(ReadLimits.defaults().withMaxDocumentLength(2_000));

    /** The bad lines and the problem code each must have. */
    private static final Map<Integer, ProblemCode> BAD = new TreeMap<>(Map.of(
            1, ProblemCode.UNKNOWN_PROPERTY,
            13_001, ProblemCode.SYNTAX,
            31_337, ProblemCode.LIMIT_EXCEEDED,
            50_000, ProblemCode.UNKNOWN_PROPERTY,
            64_000, ProblemCode.SYNTAX,           // not UTF-8 when read from bytes, a lone surrogate is fine JSON text
            77_777, ProblemCode.WRONG_TYPE,
            99_999, ProblemCode.UNKNOWN_PROPERTY));
    /** Blank lines: they hold no document and are skipped, and the other lines keep their numbers. */
    private static final Set<Integer> BLANK = Set.of(2_500, 99_998);

    private static final byte[] BYTES = stream(true);
    private static final String CHARACTERS = new String(stream(false), StandardCharsets.UTF_8);
    private static final Sequential FROM_BYTES = new Sequential(() -> fromBytes());
    private static final Sequential FROM_CHARACTERS = new Sequential(() -> fromCharacters());

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 8})
    void givesTheSequentialResultsInLineOrderFromBytes(int threads) {
        assertSameLines(FROM_BYTES.get(), () -> fromBytes().parallel(threads));
    }

    @Test
    void givesTheSequentialResultsInLineOrderFromCharacters() {
        assertSameLines(FROM_CHARACTERS.get(), () -> fromCharacters().parallel(3));
    }

    @Test
    void readsAnyKindInParallelToo() {
        List<NdjsonLine<Object>> parallel = new ArrayList<>();
        try (NdjsonReader<Object> in = READER.ndjsonAny(new ByteArrayInputStream(BYTES)).parallel(4)) {
            in.forEachRemaining(parallel::add);
        }
        assertThat((List<?>) parallel).hasSize(LINES - BLANK.size()).isEqualTo(FROM_BYTES.get().lines());
    }

    @Test
    void isChosenOnceBeforeTheFirstLine() {
        try (NdjsonReader<Strain> in = fromBytes()) {
            assertThatThrownBy(() -> in.parallel(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("threads 0 must be at least 1");
            in.next();
            assertThatThrownBy(() -> in.parallel(2)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("parallel(threads) must be called once, before the first line is read");
        }
    }

    @Test
    void closingBeforeTheEndStopsReading() {
        NdjsonReader<Strain> in = fromBytes().parallel(2);
        assertThat(in.next().lineNumber()).isEqualTo(1);
        assertThat(in.next().lineNumber()).isEqualTo(2);
        in.close();
        assertThat(in.summary()).isEqualTo(new NdjsonSummary(1, 1));
    }

    private static NdjsonReader<Strain> fromBytes() {
        return READER.ndjson(new ByteArrayInputStream(BYTES), Strain.class);
    }

    private static NdjsonReader<Strain> fromCharacters() {
        return READER.ndjson(new StringReader(CHARACTERS), Strain.class);
    }

    /** The lines and summary of a sequential read, read once. */
    private static final class Sequential {
        private final Supplier<NdjsonReader<Strain>> open;
        private @Nullable Read read;

        Sequential(Supplier<NdjsonReader<Strain>> open) {
            this.open = open;
        }

        synchronized Read get() {
            if (read == null) {
                List<NdjsonLine<Strain>> lines = new ArrayList<>();
                try (NdjsonReader<Strain> in = open.get()) {
                    in.forEachRemaining(lines::add);
                    read = new Read(lines, in.summary());
                }
            }
            return read;
        }
    }

    private record Read(List<NdjsonLine<Strain>> lines, NdjsonSummary summary) {}

    private static void assertSameLines(Read read, Supplier<NdjsonReader<Strain>> openParallel) {
        List<NdjsonLine<Strain>> sequential = read.lines();
        NdjsonSummary sequentialSummary = read.summary();
        List<NdjsonLine<Strain>> parallel = new ArrayList<>();
        NdjsonSummary parallelSummary;
        try (NdjsonReader<Strain> in = openParallel.get()) {
            in.forEachRemaining(parallel::add);
            parallelSummary = in.summary();
        }
        int documents = LINES - BLANK.size();
        assertThat(sequential).hasSize(documents);
        List<Long> numbers = new ArrayList<>();
        Map<Integer, ProblemCode> bad = new TreeMap<>();
        for (NdjsonLine<Strain> line : sequential) {
            numbers.add(line.lineNumber());
            if (!line.result().isValid()) {
                bad.put((int) line.lineNumber(), line.result().problems().get(0).code());
            }
        }
        assertThat(numbers).isEqualTo(LongStream.rangeClosed(1, LINES).filter(n -> !BLANK.contains((int) n))
                .boxed().toList());
        Map<Integer, ProblemCode> expected = new TreeMap<>(BAD);
        if (sequential.get(63_999 - 1).result().isValid()) { // line 64,000, after one blank line
            expected.remove(64_000); // read from characters
        }
        assertThat(bad).isEqualTo(expected);
        assertThat(sequentialSummary).isEqualTo(new NdjsonSummary(documents - expected.size(), expected.size()));
        // Line by line, the same line numbers, values and problems.
        for (int i = 0; i < documents; i++) {
            assertThat(parallel.get(i)).as("line %d", sequential.get(i).lineNumber()).isEqualTo(sequential.get(i));
        }
        assertThat(parallel).hasSize(documents);
        assertThat(parallelSummary).isEqualTo(sequentialSummary);
    }

    /**
     * 100,000 strain lines, every third ending with CRLF, the last without a line break; the lines of {@link #BAD}
     * are broken, those of {@link #BLANK} blank.
     */
    private static byte[] stream(boolean bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(LINES * 260);
        for (int line = 1; line <= LINES; line++) {
            String designation = "S" + line;
            String extra = "";
            String ncbi = "47715";
            switch (line) {
                case 1, 50_000, 99_999 -> extra = ",\"extra\":" + line;
                case 31_337 -> designation = "S".repeat(2_100);
                case 64_000 -> designation = bytes ? "S#" : "S64000";
                case 77_777 -> ncbi = "\"47715\"";
                default -> { }
            }
            String text = switch (line) {
                case 2_500 -> "";
                case 99_998 -> " \t ";
                case 13_001 -> "{\"format\":\"msbiome\",";
                default -> "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"strain\",\"strain\":{\"taxon\":"
                        + "{\"name\":{\"genus\":\"Lacticaseibacillus\",\"species\":\"rhamnosus\"},\"ncbiTaxonId\":" + ncbi
                        + "},\"designation\":\"" + designation + "\",\"deposits\":[{\"collection\":\"ATCC\",\"accession\":\""
                        + line + "\",\"typeStrain\":false" + extra + "}]}}";
            };
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            if (line == 64_000 && bytes) {
                encoded[text.indexOf('#')] = (byte) 0xFF; // the text before it is ASCII
            }
            out.writeBytes(encoded);
            if (line % 3 == 0) {
                out.write('\r');
            }
            if (line < LINES) { // the last line has no line break
                out.write('\n');
            }
        }
        return out.toByteArray();
    }
}
