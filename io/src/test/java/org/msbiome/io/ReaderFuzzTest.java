package org.msbiome.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link MsbiomeReader}: any bytes give a {@link ReadResult} (nothing is thrown), exactly what the
 * full read through the tree gives (the reader first tries to bind from the tokens), and a valid value
 * rewrites and re-reads equal.
 *
 * <p>In a normal build ({@code ./mvnw verify}) this replays the committed seeds under
 * {@code src/test/resources/org/msbiome/io/ReaderFuzzTestInputs/readDocument/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see TESTING.md).
 */
class ReaderFuzzTest {

    @FuzzTest
    void readDocument(byte[] input) {
        // The bytes as a stream (encoding detected: UTF-8, UTF-16, UTF-32), with the type of one bound kind.
        read(input, FuzzProperties.typeFor(input));
        // The same bytes decoded as UTF-8 text, read as whatever kind the document says.
        ReadResult<Object> any = FuzzProperties.READER.readAny(new String(input, StandardCharsets.UTF_8));
        if (any instanceof ReadResult.Valid<Object> valid) {
            check(any, valid.value().getClass());
            // A typed read of a document of that kind gives the same value.
            read(input, valid.value().getClass());
        } else {
            FuzzProperties.check(any, Object.class);
        }
    }

    /** The reader without its fast read from the tokens: the full way, which the fast read must agree with. */
    private static final MsbiomeReader FULL = FuzzProperties.READER.withoutFastRead();

    private static <T> void read(byte[] input, Class<T> type) {
        ReadResult<T> result = FuzzProperties.READER.read(new ByteArrayInputStream(input), type);
        FuzzProperties.check(result, type);
        ReadResult<T> full = FULL.read(new ByteArrayInputStream(input), type);
        if (!result.equals(full)) {
            throw new AssertionError("the reader gives " + result + " but the full read " + full);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void check(ReadResult<Object> result, Class<T> type) {
        FuzzProperties.check((ReadResult<T>) result, type);
    }
}
