package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes {@link NdjsonReader}: any bytes give one {@link NdjsonLine} per line, numbered from 1 without
 * gaps, each a {@link ReadResult} (nothing is thrown); every valid line rewrites and re-reads equal; the
 * summary counts the lines.
 *
 * <p>In a normal build this replays the committed seeds under
 * {@code src/test/resources/org/msbiome/io/NdjsonFuzzTestInputs/readLines/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see TESTING.md).
 */
class NdjsonFuzzTest {

    @FuzzTest
    void readLines(byte[] input) {
        readLines(input, FuzzProperties.typeFor(input));
    }

    private static <T> void readLines(byte[] input, Class<T> type) {
        long expected = 0;
        long good = 0;
        try (NdjsonReader<T> lines = FuzzProperties.READER.ndjson(new ByteArrayInputStream(input), type)) {
            while (lines.hasNext()) {
                NdjsonLine<T> line = lines.next();
                assertThat(line.lineNumber()).isEqualTo(++expected);
                FuzzProperties.check(line.result(), type);
                if (line.result().isValid()) {
                    good++;
                }
            }
            assertThat(lines.summary().lines()).isEqualTo(expected);
            assertThat(lines.summary().good()).isEqualTo(good);
        }
    }
}
