package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msbiome.io.fixture.Fixtures;
import org.msbiome.io.fixture.Trial;

class NdjsonTest {
    private static final MsbiomeReader READER = FixtureJson.reader();
    private static final MsbiomeWriter WRITER = FixtureJson.writer();

    @Test
    void writesOneCompactDocumentPerLineAndReadsThemBack(@TempDir Path dir) {
        Random random = new Random(11);
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            trials.add(Fixtures.randomTrial(random));
        }
        Path file = dir.resolve("trials.ndjson");
        try (NdjsonWriter<Trial> out = WRITER.ndjson(Files.newOutputStream(file))) {
            trials.forEach(out::write);
            assertThat(out.count()).isEqualTo(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Trial> read = new ArrayList<>();
        try (NdjsonReader<Trial> in = READER.ndjson(file, Trial.class)) {
            in.forEachRemaining(line -> read.add(line.result().orElseThrow()));
            assertThat(in.summary()).isEqualTo(new NdjsonSummary(200, 0));
        }
        assertThat(read).isEqualTo(trials);
    }

    @Test
    void reportsEachBadLineByNumberAndGoesOn() {
        String good = WRITER.compact().write(Fixtures.fullTrial());
        String text = good + "\n"
                + "{\"format\": \"msbiome\", \"version\": \"1.0\", \"kind\": \"trial\", \"trial\": {\"title\": 1}}\n" // line 2
                + good + "\r\n"
                + "\u000B\n" // line 4: a vertical tab is not JSON whitespace
                + "{not json\n" // line 5
                + good.replace("\"LOT-42\"", "\"LOT-x\"") + "\n" // line 6
                + good; // line 7, no final line break
        List<NdjsonLine<Trial>> lines = new ArrayList<>();
        NdjsonSummary summary;
        try (NdjsonReader<Trial> in = READER.ndjson(new StringReader(text), Trial.class)) {
            in.stream().forEach(lines::add);
            summary = in.summary();
        }
        assertThat(summary).isEqualTo(new NdjsonSummary(3, 4));
        assertThat(summary).hasToString("7 lines: 3 good, 4 bad");
        assertThat(lines).extracting(NdjsonLine::lineNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(lines).extracting(l -> l.result().isValid()).containsExactly(true, false, true, false, false, false, true);
        assertThat(lines.get(1).result().problems()).extracting(Problem::pointer)
                .contains("/trial/title", "/trial/start", "/trial/primary");
        assertThat(lines.get(3).result().problems()).extracting(Problem::code, p -> p.location().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.SYNTAX, new TextLocation(4, 1)));
        Problem syntax = lines.get(4).result().problems().get(0);
        assertThat(syntax.code()).isEqualTo(ProblemCode.SYNTAX);
        assertThat(syntax.location().orElseThrow().line()).isEqualTo(5);
        assertThat(lines.get(5).result().problems()).extracting(Problem::pointer, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/trial/lot", ProblemCode.INVALID_VALUE));
        assertThat(lines.get(6).result().orElseThrow()).isEqualTo(Fixtures.fullTrial());
    }

    /**
     * A line break after the last document, or blank lines anywhere (empty, or only spaces, tabs and carriage
     * returns, JSON's whitespace), hold no document: they are skipped, not counted, and the documents keep the
     * line numbers of the file.
     */
    @ParameterizedTest(name = "from bytes: {0}")
    @ValueSource(booleans = {true, false})
    void skipsBlankLinesAndKeepsTheLineNumbersOfTheFile(boolean fromBytes) {
        String good = WRITER.compact().write(Fixtures.minimalTrial());
        String text = "\n" // line 1
                + good + "\n" // line 2
                + " \t \r\n" // line 3: blank, ends with CRLF
                + "\n" // line 4
                + "{\"format\": 1}\n" // line 5: bad
                + good + "\n" // line 6
                + "\n" // line 7: a trailing blank line
                + "  \r\n"; // line 8: and one of spaces; then the end of the file
        List<NdjsonLine<Trial>> lines;
        NdjsonSummary summary;
        try (NdjsonReader<Trial> in = fromBytes
                ? READER.ndjson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Trial.class)
                : READER.ndjson(new StringReader(text), Trial.class)) {
            lines = in.stream().toList();
            summary = in.summary();
        }
        assertThat(lines).extracting(NdjsonLine::lineNumber).containsExactly(2L, 5L, 6L);
        assertThat(lines).extracting(l -> l.result().isValid()).containsExactly(true, false, true);
        assertThat(lines.get(1).result().problems()).allSatisfy(p -> assertThat(p.code()).isNotEqualTo(
                ProblemCode.EMPTY_DOCUMENT));
        assertThat(summary).hasToString("3 lines: 2 good, 1 bad");
    }

    @Test
    void aStreamOfOnlyBlankLinesHasNoLines() {
        byte[] bomAndBlanks = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\r', '\n', '\t', '\n', '\n'};
        try (NdjsonReader<Trial> in = READER.ndjson(new ByteArrayInputStream(bomAndBlanks), Trial.class)) {
            assertThat(in.hasNext()).isFalse();
            assertThat(in.summary()).isEqualTo(new NdjsonSummary(0, 0));
        }
    }

    @Test
    void reportsAnOverlongLineWithoutHoldingIt() {
        String good = WRITER.compact().write(Fixtures.minimalTrial());
        String text = good + "\n" + "x".repeat(100_000) + "\n" + good + "\n";
        MsbiomeReader small = READER.withLimits(ReadLimits.defaults().withMaxDocumentLength(1000));
        try (NdjsonReader<Trial> in = small.ndjson(new StringReader(text), Trial.class)) {
            List<NdjsonLine<Trial>> lines = in.stream().toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(1).result().problems().get(0).code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
            assertThat(lines.get(1).result().problems().get(0).message()).contains("1000 characters");
            assertThat(in.summary()).isEqualTo(new NdjsonSummary(2, 1));
        }
    }

    @Test
    void writesToCharacterStreams() {
        StringWriter out = new StringWriter();
        try (NdjsonWriter<Trial> ndjson = WRITER.ndjson(out)) {
            ndjson.write(Fixtures.fullTrial());
            ndjson.write(Fixtures.minimalTrial());
        }
        assertThat(out.toString()).isEqualTo(WRITER.compact().write(Fixtures.fullTrial()) + "\n"
                + WRITER.compact().write(Fixtures.minimalTrial()) + "\n");
    }
}
