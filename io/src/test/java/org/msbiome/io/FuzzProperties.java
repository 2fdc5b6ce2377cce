package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.msbiome.io.internal.Bindings;

/**
 * The property every fuzz target checks on a {@link ReadResult}: an invalid result reports problems that
 * are complete (pointer, code, message), and a valid value is written, read again and compared, and the
 * second writing is byte-identical to the first.
 */
final class FuzzProperties {
    private FuzzProperties() {}

    static final MsbiomeReader READER = MsbiomeJson.reader();
    static final MsbiomeWriter WRITER = MsbiomeJson.writer();
    static final MsbiomeWriter COMPACT = MsbiomeJson.writer().compact();

    /** The Java type of every bound document kind, in binding order. */
    static final List<Class<?>> TYPES =
            Bindings.standard().kinds().stream().<Class<?>>map(Bindings.Kind::type).toList();

    /** The type of one bound kind, chosen by the input's length, so that every kind is reached. */
    static Class<?> typeFor(byte[] input) {
        return TYPES.get(Math.floorMod(input.length, TYPES.size()));
    }

    static <T> void check(ReadResult<T> result, Class<T> type) {
        if (result instanceof ReadResult.Valid<T> valid) {
            T value = valid.value();
            assertThat(value).isInstanceOf(type);
            String pretty = WRITER.write(value);
            ReadResult<T> again = READER.read(pretty, type);
            assertThat(again.problems()).as("re-reading %s", pretty).isEmpty();
            assertThat(again.orElseThrow()).isEqualTo(value);
            assertThat(WRITER.write(again.orElseThrow())).isEqualTo(pretty);
            String compact = COMPACT.write(value);
            assertThat(READER.read(compact, type).orElseThrow()).isEqualTo(value);
            ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
            WRITER.write(value, utf8);
            assertThat(READER.read(new ByteArrayInputStream(utf8.toByteArray()), type).orElseThrow()).isEqualTo(value);
        } else {
            assertThat(result.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.message()).isNotBlank();
                assertThat(problem.toString()).contains(problem.code().code());
            });
        }
    }
}
