package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.io.fixture.Fixtures;
import org.msbiome.io.fixture.Measure;
import org.msbiome.io.fixture.Route;
import org.msbiome.io.fixture.Trial;

/** Write → read gives an equal value, output is deterministic, and every written document passes its schema. */
class RoundTripTest {
    private static final MsbiomeReader READER = FixtureJson.reader();
    private static final MsbiomeWriter WRITER = FixtureJson.writer();

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.argumentSet("full trial", "trial", Fixtures.fullTrial()),
                Arguments.argumentSet("minimal trial", "trial", Fixtures.minimalTrial()),
                Arguments.argumentSet("count measure", "measure", new Measure.Count(3, Route.RECTAL)),
                Arguments.argumentSet("ratio measure", "measure", new Measure.Ratio(-1.5e-7, "mg/l")));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixturesRoundTripInPrettyAndCompactForm(String kind, Object value) {
        assertRoundTrip(kind, value);
    }

    @Test
    void thousandSeededTrialsRoundTrip() {
        Random random = new Random(20261126L);
        for (int i = 0; i < 1000; i++) {
            assertRoundTrip("trial", Fixtures.randomTrial(random));
        }
    }

    @Test
    void thousandSeededMeasuresRoundTrip() {
        Random random = new Random(7L);
        for (int i = 0; i < 1000; i++) {
            assertRoundTrip("measure", Fixtures.randomMeasure(random));
        }
    }

    private static void assertRoundTrip(String kind, Object value) {
        String pretty = WRITER.write(value);
        String compact = WRITER.compact().write(value);
        Class<?> type = value instanceof Measure ? Measure.class : Trial.class;
        assertThat(READER.read(pretty, type).problems()).as(pretty).isEmpty();
        assertThat(READER.read(pretty, type).orElseThrow()).isEqualTo(value);
        assertThat(READER.read(compact, type).orElseThrow()).isEqualTo(value);
        assertThat(compact).doesNotContain("\n");
        // Deterministic: writing the value read back gives the same bytes.
        assertThat(WRITER.write(READER.read(compact, type).orElseThrow())).isEqualTo(pretty);
        assertThat(FixtureJson.schemaErrors(kind, pretty)).as(pretty).isEmpty();
    }
}
