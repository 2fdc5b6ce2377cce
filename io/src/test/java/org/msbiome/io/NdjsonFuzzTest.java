package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link NdjsonReader}: any bytes give one {@link NdjsonLine} per line that is not blank, numbered as
 * the lines of the input, each a {@link ReadResult} (nothing is thrown) and exactly what the full read through the tree
 * gives; every valid line rewrites and re-reads equal; the summary counts the lines.
 *
 * <p>In a normal build this replays the committed seeds under
 * {@code src/test/resources/org/msbiome/io/NdjsonFuzzTestInputs/readLines/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see TESTING.md).
 */
class NdjsonFuzzTest {
    /** The reader without its fast read from the tokens: the full way, which the fast read must agree with. */
    private static final MsbiomeReader FULL = FuzzProperties.READER.withoutFastRead();

    @FuzzTest
    void readLines(byte[] input) {
        readLines(input, FuzzProperties.typeFor(input));
    }

    private static <T> void readLines(byte[] input, Class<T> type) {
        List<Long> expected = notBlank(input);
        List<Long> numbers = new ArrayList<>();
        List<NdjsonLine<T>> full = new ArrayList<>();
        try (NdjsonReader<T> lines = FULL.ndjson(new ByteArrayInputStream(input), type)) {
            lines.forEachRemaining(full::add);
        }
        long good = 0;
        try (NdjsonReader<T> lines = FuzzProperties.READER.ndjson(new ByteArrayInputStream(input), type)) {
            while (lines.hasNext()) {
                NdjsonLine<T> line = lines.next();
                // Each line as the full read through the tree gives it (the reader first binds from the tokens).
                assertThat(line).isEqualTo(full.get(numbers.size()));
                numbers.add(line.lineNumber());
                FuzzProperties.check(line.result(), type);
                if (line.result().isValid()) {
                    good++;
                }
            }
            assertThat(numbers).isEqualTo(expected);
            assertThat(lines.summary().lines()).isEqualTo(expected.size());
            assertThat(lines.summary().good()).isEqualTo(good);
        }
    }

    /**
     * The numbers of the lines that are not blank (only spaces, tabs and carriage returns, after a byte order
     * mark at the start), counted from 1 with the blank ones.
     */
    private static List<Long> notBlank(byte[] input) {
        List<Long> numbers = new ArrayList<>();
        long number = 1;
        boolean blank = true;
        int start = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
                && (input[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i <= input.length; i++) {
            if (i == input.length || input[i] == '\n') {
                if (!blank) {
                    numbers.add(number);
                }
                number++;
                blank = true;
            } else if (input[i] != ' ' && input[i] != '\t' && input[i] != '\r') {
                blank = false;
            }
        }
        return numbers;
    }
}
