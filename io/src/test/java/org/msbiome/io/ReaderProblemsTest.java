package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.io.fixture.Arm;
import org.msbiome.io.fixture.Fixtures;
import org.msbiome.io.fixture.Measure;
import org.msbiome.io.fixture.Trial;

/** The reader reports every problem of a document, with its pointer and code, in one call. */
class ReaderProblemsTest {
    private static final MsbiomeReader READER = FixtureJson.reader();
    private static final String VALID = FixtureJson.writer().write(Fixtures.fullTrial());

    @Test
    void reportsAllFourteenMistakesOfADocumentInOneCall() {
        String document = GoldenFiles.read("invalid/trial-fourteen-mistakes.json");
        ReadResult<Trial> result = READER.read(document, Trial.class);

        assertThat(result.isValid()).isFalse();
        assertThat(result.toOptional()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::pointer, Problem::code)
                .containsExactlyInAnyOrder(
                        tuple("/trial/title", ProblemCode.DUPLICATE_PROPERTY),
                        tuple("/sponsor", ProblemCode.UNKNOWN_PROPERTY),
                        tuple("/trial/title", ProblemCode.WRONG_TYPE),
                        tuple("/trial/start", ProblemCode.INVALID_VALUE),
                        tuple("/trial/duration", ProblemCode.INVALID_VALUE),
                        tuple("/trial/arms/0/participants", ProblemCode.CONSTRAINT_VIOLATION),
                        tuple("/trial/arms/0/tags/1", ProblemCode.CONSTRAINT_VIOLATION),
                        tuple("/trial/arms/1/dose", ProblemCode.UNKNOWN_PROPERTY),
                        tuple("/trial/arms/1/participants", ProblemCode.MISSING_PROPERTY),
                        tuple("/trial/arms/1/ingredients/0", ProblemCode.INVALID_VALUE),
                        tuple("/trial/arms/1/ingredients/1/name", ProblemCode.CONSTRAINT_VIOLATION),
                        tuple("/trial/routes/1", ProblemCode.UNKNOWN_CODE),
                        tuple("/trial/lot", ProblemCode.NULL_VALUE),
                        tuple("/trial/primary/type", ProblemCode.UNKNOWN_TYPE));
        assertThat(result.problems().get(0).location()).contains(new TextLocation(28, 5));
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("invalid/trial-fourteen-mistakes.problems.txt"),
                result.problems().stream().map(Problem::toString).collect(Collectors.joining("\n", "", "\n")));
        assertThatThrownBy(result::orElseThrow)
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("14 problems:")
                .satisfies(e -> assertThat(((InvalidDocumentException) e).problems()).isEqualTo(result.problems()));
    }

    static Stream<Arguments> singleMistakes() {
        return Stream.of(
                Arguments.argumentSet("syntax error", "{\"format\": \"msbiome\",\n  \"version\": \"1.0\" \"kind\"}",
                        "", ProblemCode.SYNTAX, "malformed JSON"),
                Arguments.argumentSet("trailing content", VALID + " {}", "", ProblemCode.SYNTAX, "after the end"),
                Arguments.argumentSet("empty input", "  \n ", "", ProblemCode.EMPTY_DOCUMENT, "empty"),
                Arguments.argumentSet("not an object", "[1, 2]", "", ProblemCode.WRONG_TYPE, "is a JSON object"),
                Arguments.argumentSet("no format", "{\"version\": \"1.0\"}", "/format", ProblemCode.UNKNOWN_FORMAT,
                        "\"format\": \"msbiome\""),
                Arguments.argumentSet("other format", VALID.replace("\"msbiome\"", "\"fhir\""), "/format",
                        ProblemCode.UNKNOWN_FORMAT, "'fhir' is not supported"),
                Arguments.argumentSet("unknown major version", VALID.replace("\"1.0\"", "\"2.0\""), "/version",
                        ProblemCode.UNSUPPORTED_VERSION,
                        "format version '2.0' is not supported; this reader knows format versions 1.0 (and reads any 1.x)"),
                Arguments.argumentSet("malformed version", VALID.replace("\"1.0\"", "\"one\""), "/version",
                        ProblemCode.UNSUPPORTED_VERSION, "expected a string like \"1.0\""),
                Arguments.argumentSet("unknown kind", VALID.replace("\"kind\": \"trial\"", "\"kind\": \"study\""),
                        "/kind", ProblemCode.WRONG_KIND, "known kinds: measure, trial"),
                Arguments.argumentSet("other kind", FixtureJson.writer().write(new Measure.Ratio(1, "x")), "/kind",
                        ProblemCode.WRONG_KIND, "the document is a 'measure', not a \"trial\" as asked"),
                Arguments.argumentSet("missing required", VALID.replace("\"title\": \"Probiotic in EAE mice\",", ""),
                        "/trial/title", ProblemCode.MISSING_PROPERTY, "missing property 'title'; expected a string"),
                Arguments.argumentSet("integer out of range",
                        VALID.replace("\"participants\": 10", "\"participants\": 10000000000"),
                        "/trial/arms/0/participants", ProblemCode.INVALID_VALUE, "out of range"),
                Arguments.argumentSet("fraction for integer",
                        VALID.replace("\"participants\": 10", "\"participants\": 10.5"),
                        "/trial/arms/0/participants", ProblemCode.WRONG_TYPE, "expected an integer, found a number"),
                Arguments.argumentSet("number as string", VALID.replace("\"cfu\": 1E+10", "\"cfu\": \"1E+10\""),
                        "/trial/arms/1/ingredients/0/cfu", ProblemCode.WRONG_TYPE, "expected a number, found a string"),
                Arguments.argumentSet("text type rejected", VALID.replace("\"LOT-42\"", "\"lot 42\""), "/trial/lot",
                        ProblemCode.INVALID_VALUE, "lot 'lot 42' is not a lot; expected 'LOT-' and a number"),
                Arguments.argumentSet("set with a repeated element",
                        VALID.replace("\"oral\",\n      \"rectal\"", "\"oral\",\n      \"oral\""), "/trial/routes/1",
                        ProblemCode.INVALID_VALUE, "same element twice"),
                Arguments.argumentSet("null in an array", VALID.replace("\"blinded\",", "null,"), "/trial/arms/1/tags/0",
                        ProblemCode.NULL_VALUE, "null is not allowed in an array"),
                Arguments.argumentSet("missing type", VALID.replace("\"type\": \"ratio\",", ""), "/trial/primary/type",
                        ProblemCode.MISSING_PROPERTY, "expected one of: count, ratio"),
                Arguments.argumentSet("empty list against @Size",
                        "{\"format\": \"msbiome\", \"version\": \"1.0\", \"kind\": \"trial\", \"trial\": {\"title\": \"t\", "
                                + "\"start\": \"2026-01-01\", \"arms\": [], \"primary\": {\"type\": \"ratio\", "
                                + "\"value\": 1, \"unit\": \"u\"}}}",
                        "/trial/arms", ProblemCode.CONSTRAINT_VIOLATION, "size must be between 1 and"));
    }

    @ParameterizedTest
    @MethodSource("singleMistakes")
    void reportsEachKindOfMistake(String document, String pointer, ProblemCode code, String message) {
        List<Problem> problems = READER.read(document, Trial.class).problems();
        assertThat(problems).as(document + problems).hasSize(1);
        assertThat(problems.get(0).pointer()).as(problems.toString()).isEqualTo(pointer);
        assertThat(problems.get(0).code()).isEqualTo(code);
        assertThat(problems.get(0).message()).contains(message);
    }

    @Test
    void reportsSyntaxErrorsWithLineAndColumn() {
        Problem problem = READER.read("{\"format\": \"msbiome\",\n  \"version\": \"1.0\" \"kind\"}", Trial.class)
                .problems().get(0);
        assertThat(problem.location()).contains(new TextLocation(2, 20));
        assertThat(problem.toString()).startsWith("(document): [syntax] malformed JSON").endsWith("(line 2, column 20)");
    }

    @Test
    void reportsAMissingValueMember() {
        List<Problem> problems = READER.read("{\"format\": \"msbiome\", \"version\": \"1.0\", \"kind\": \"trial\"}",
                Trial.class).problems();
        assertThat(problems).extracting(Problem::pointer, Problem::code)
                .containsExactly(tuple("/trial", ProblemCode.MISSING_PROPERTY));
    }

    @Test
    void readsAHigherMinorVersionOfTheSameMajor() {
        assertThat(READER.read(VALID.replace("\"1.0\"", "\"1.7\""), Trial.class).orElseThrow())
                .isEqualTo(Fixtures.fullTrial());
    }

    @Test
    void readsBytesAndReadersAlike() {
        byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
        assertThat(READER.read(new ByteArrayInputStream(bytes), Trial.class).orElseThrow())
                .isEqualTo(Fixtures.fullTrial());
        assertThat(READER.read(new java.io.StringReader(VALID), Trial.class).orElseThrow())
                .isEqualTo(Fixtures.fullTrial());
    }

    @Test
    void readsAnyKindByItsEnvelope() {
        assertThat(READER.readAny(VALID).orElseThrow()).isEqualTo(Fixtures.fullTrial());
        assertThat(READER.readAny(FixtureJson.writer().write(new Measure.Ratio(2, "x"))).orElseThrow())
                .isEqualTo(new Measure.Ratio(2, "x"));
    }

    @Test
    void refusesToReadATypeThatIsNotADocumentKind() {
        assertThatThrownBy(() -> READER.read(VALID, Arm.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.msbiome.io.fixture.Arm is not a document kind");
    }

    static Stream<Arguments> limits() {
        String deep = "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"trial\",\"trial\":{\"title\":"
                + "[".repeat(100) + "]".repeat(100) + "}}";
        return Stream.of(
                Arguments.argumentSet("nesting depth", ReadLimits.defaults(), deep, "nesting depth limit of 64"),
                Arguments.argumentSet("nesting depth far beyond the stack",
                        ReadLimits.defaults().withMaxNestingDepth(1000),
                        "[".repeat(1_000_000), "nesting depth limit of 1000"),
                Arguments.argumentSet("string length", ReadLimits.defaults().withMaxStringLength(1000),
                        VALID.replace("Probiotic in EAE mice", "x".repeat(1001)), "string length limit of 1000"),
                Arguments.argumentSet("number length", ReadLimits.defaults(),
                        VALID.replace("\"participants\": 10", "\"participants\": 1" + "0".repeat(200)),
                        "number length limit of 100"),
                Arguments.argumentSet("document size", ReadLimits.defaults().withMaxDocumentLength(100), VALID,
                        "document size limit of 100"));
    }

    @Test
    void aStreamIsReadWhateverItsDocumentSizeLimitAndRefusedOneByteOverIt() {
        byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
        // No limit to speak of: the reader must not compute its in-memory bound from limit + 1 (an overflow).
        ReadResult<Trial> unlimited = READER.withLimits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE))
                .read(new ByteArrayInputStream(bytes), Trial.class);
        assertThat(unlimited.problems()).isEmpty();
        assertThat(unlimited.orElseThrow()).isEqualTo(Fixtures.fullTrial());
        // Exactly at the limit, and one byte over it.
        assertThat(READER.withLimits(ReadLimits.defaults().withMaxDocumentLength(bytes.length))
                .read(new ByteArrayInputStream(bytes), Trial.class).isValid()).isTrue();
        List<Problem> over = READER.withLimits(ReadLimits.defaults().withMaxDocumentLength(bytes.length - 1))
                .read(new ByteArrayInputStream(bytes), Trial.class).problems();
        assertThat(over).extracting(Problem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED);
    }

    @ParameterizedTest
    @MethodSource("limits")
    void reportsExceededLimitsAsProblems(ReadLimits limits, String document, String message) {
        List<Problem> problems = READER.withLimits(limits).read(document, Trial.class).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
        assertThat(problems.get(0).message()).contains(message);
        assertThat(problems.get(0).location()).isPresent();
    }

    @Test
    void keepsAtMostAThousandProblemsAndCountsTheRest() {
        StringBuilder document = new StringBuilder(VALID.substring(0, VALID.length() - 2));
        for (int i = 0; i < 1500; i++) {
            document.append(",\n  \"extra").append(i).append("\": 1");
        }
        document.append("\n}");
        List<Problem> problems = READER.read(document.toString(), Trial.class).problems();
        assertThat(problems).hasSize(1001);
        assertThat(problems.get(1000).message()).isEqualTo("more than 1000 problems; 500 more were found and are not listed");
    }

    @Test
    void problemsDescribeThemselves() {
        assertThat(new Problem("/a/0", ProblemCode.MISSING_PROPERTY, "m", Optional.empty()).toString())
                .isEqualTo("/a/0: [missing-property] m");
        assertThat(ProblemCode.fromCode("unknown-code")).isEqualTo(ProblemCode.UNKNOWN_CODE);
        assertThatThrownBy(() -> ProblemCode.fromCode("nope")).hasMessageContaining("syntax, empty-document");
        assertThatThrownBy(() -> new Problem("a", ProblemCode.SYNTAX, "m", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
