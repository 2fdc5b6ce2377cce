package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msbiome.io.fixture.Arm;
import org.msbiome.io.fixture.Fixtures;
import org.msbiome.io.fixture.Ingredient;
import org.msbiome.io.fixture.Measure;
import org.msbiome.io.fixture.Route;
import org.msbiome.io.fixture.Trial;

class WriterTest {
    private static final MsbiomeWriter WRITER = FixtureJson.writer();

    @Test
    void writesTheFullTrialAsItsGoldenFile() {
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/trial-full.json"),
                WRITER.write(Fixtures.fullTrial()) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/trial-minimal.json"),
                WRITER.write(Fixtures.minimalTrial()) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/trial-full.compact.json"),
                WRITER.compact().write(Fixtures.fullTrial()) + "\n");
    }

    @Test
    void startsWithTheEnvelope() {
        assertThat(WRITER.compact().write(new Measure.Count(1, Route.ORAL)))
                .isEqualTo("{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"measure\",\"measure\":"
                        + "{\"type\":\"count\",\"count\":1,\"route\":\"oral\"}}");
    }

    @Test
    void sortsSetsSoThatEqualValuesGiveIdenticalBytes() {
        Arm a = new Arm("x", 1, List.of(), Set.of("b", "a", "c"));
        Arm b = new Arm("x", 1, List.of(), new java.util.LinkedHashSet<>(List.of("c", "a", "b")));
        Trial one = trialWith(a, Set.of(Route.RECTAL, Route.ORAL, Route.ORAL_GAVAGE));
        Trial two = trialWith(b, Set.of(Route.ORAL_GAVAGE, Route.ORAL, Route.RECTAL));
        assertThat(one).isEqualTo(two);
        String json = WRITER.compact().write(one);
        assertThat(WRITER.compact().write(two)).isEqualTo(json);
        assertThat(json).contains("\"tags\":[\"a\",\"b\",\"c\"]").contains("\"routes\":[\"oral\",\"oral-gavage\",\"rectal\"]");
    }

    @Test
    void writesExactNumbersAndIsoDates() {
        Trial trial = new Trial("t", LocalDate.of(2026, 1, 31), Optional.empty(),
                List.of(new Arm("a", 1, List.of(new Ingredient("i", new BigDecimal("1.50E+12"), Optional.empty())),
                        Set.of())),
                Set.of(), Optional.empty(), new Measure.Count(0, Route.ORAL));
        String json = WRITER.compact().write(trial);
        assertThat(json).contains("\"cfu\":1.50E+12").contains("\"start\":\"2026-01-31\"");
        assertThat(FixtureJson.reader().read(json, Trial.class).orElseThrow().arms().get(0).ingredients().get(0).cfu())
                .isEqualTo(new BigDecimal("1.50E+12"));
    }

    @Test
    void writesTheSameBytesToStringsStreamsAndFiles(@TempDir Path dir) throws Exception {
        Trial trial = Fixtures.fullTrial();
        String text = WRITER.write(trial) + "\n";
        StringWriter chars = new StringWriter();
        WRITER.write(trial, chars);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WRITER.write(trial, bytes);
        Path file = dir.resolve("trial.json");
        WRITER.write(trial, file);
        assertThat(chars.toString()).isEqualTo(text);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(Files.readString(file)).isEqualTo(text);
        assertThat(FixtureJson.reader().read(file, Trial.class).orElseThrow()).isEqualTo(trial);
    }

    @Test
    void refusesAValueThatIsNotADocumentKind() {
        assertThatThrownBy(() -> WRITER.write(new Arm("a", 1, List.of(), Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.msbiome.io.fixture.Arm is not a document kind")
                .hasMessageContaining("measure (Measure), trial (Trial)");
    }

    private static Trial trialWith(Arm arm, Set<Route> routes) {
        return new Trial("t", LocalDate.of(2026, 1, 1), Optional.empty(), List.of(arm), routes, Optional.empty(),
                new Measure.Count(1, Route.ORAL));
    }
}
