package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.io.fixture.Fixtures;
import org.msbiome.io.fixture.Trial;
import org.msbiome.io.schema.MsbiomeSchemas;

/**
 * The invalid documents of the test corpus whose mistake a JSON Schema can express are refused by both the
 * schema and the reader (the other direction, every written document passes, is in the round-trip tests).
 */
class SchemaCorpusTest {
    private static final String TRIAL = FixtureJson.writer().write(Fixtures.fullTrial());
    private static final String FORMULATION = MsbiomeJson.writer().write(CoreRoundTripTest.lggCapsules());

    static Stream<Arguments> invalidTrials() {
        return Stream.of(
                Arguments.argumentSet("fourteen mistakes", GoldenFiles.read("invalid/trial-fourteen-mistakes.json")),
                Arguments.argumentSet("wrong type", TRIAL.replace("\"participants\": 10", "\"participants\": \"10\"")),
                Arguments.argumentSet("unknown property", TRIAL.replace("\"participants\": 10", "\"participants\": 10, \"x\": 1")),
                Arguments.argumentSet("unknown envelope property", TRIAL.replace("\"version\": \"1.0\"", "\"version\": \"1.0\", \"x\": 1")),
                Arguments.argumentSet("missing property", TRIAL.replace("\"title\": \"Probiotic in EAE mice\",", "")),
                Arguments.argumentSet("unknown code", TRIAL.replace("\"rectal\"", "\"nasal\"")),
                Arguments.argumentSet("unknown type", TRIAL.replace("\"type\": \"ratio\"", "\"type\": \"percent\"")),
                Arguments.argumentSet("null value", TRIAL.replace("\"LOT-42\"", "null")),
                Arguments.argumentSet("text pattern", TRIAL.replace("\"LOT-42\"", "\"lot 42\"")),
                Arguments.argumentSet("date pattern", TRIAL.replace("\"2026-01-31\"", "\"31.01.2026\"")),
                Arguments.argumentSet("fraction for integer", TRIAL.replace("\"participants\": 10", "\"participants\": 10.5")),
                Arguments.argumentSet("repeated set element", TRIAL.replace("\"oral\",\n      \"rectal\"", "\"oral\",\n      \"oral\"")),
                Arguments.argumentSet("other format", TRIAL.replace("\"msbiome\"", "\"fhir\"")),
                Arguments.argumentSet("unknown major version", TRIAL.replace("\"1.0\"", "\"2.0\"")),
                Arguments.argumentSet("value missing", "{\"format\": \"msbiome\", \"version\": \"1.0\", \"kind\": \"trial\"}"));
    }

    @ParameterizedTest
    @MethodSource("invalidTrials")
    void schemaAndReaderBothRefuse(String document) {
        assertThat(FixtureJson.reader().read(document, Trial.class).isValid()).isFalse();
        assertThat(FixtureJson.schemaErrors("trial", document)).isNotEmpty();
    }

    static Stream<Arguments> invalidFormulations() {
        return Stream.of(
                Arguments.argumentSet("unknown delivery form", FORMULATION.replace("\"form\": \"capsule\"", "\"form\": \"pill\"")),
                Arguments.argumentSet("CFU as text", FORMULATION.replace("\"amount\": 1E+10", "\"amount\": \"2 × 10^19\"")),
                Arguments.argumentSet("taxon id as text", FORMULATION.replace("\"ncbiTaxonId\": 47715", "\"ncbiTaxonId\": \"47715\"")),
                Arguments.argumentSet("unknown property", FORMULATION.replace("\"designation\": \"GG\"", "\"designation\": \"GG\", \"lot\": 1")),
                Arguments.argumentSet("missing kind", FORMULATION.replace("\"kind\": \"probiotic\",", "")));
    }

    @ParameterizedTest
    @MethodSource("invalidFormulations")
    void bundledSchemaAndReaderBothRefuse(String document) {
        assertThat(MsbiomeJson.reader().read(document, Formulation.class).isValid()).isFalse();
        assertThat(MsbiomeSchemas.validate(document)).isNotEmpty();
    }

    @Test
    void schemaProblemsUseReaderCodesWherePossible() {
        String document = FORMULATION.replace("\"designation\": \"GG\"", "\"designation\": \"GG\", \"lot\": 1")
                .replace("\"form\": \"capsule\",", "");
        assertThat(MsbiomeSchemas.validate(document))
                .extracting(Problem::pointer, Problem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("/formulation/form", ProblemCode.MISSING_PROPERTY),
                        org.assertj.core.groups.Tuple.tuple("/formulation/components/0/strain/lot",
                                ProblemCode.UNKNOWN_PROPERTY));
    }

    @Test
    void readerRefusesWhatTheSchemaCannotExpress() {
        String negative = FORMULATION.replace("\"amount\": 1E+10", "\"amount\": -1E+10");
        assertThat(MsbiomeSchemas.validate(negative)).isEmpty();
        assertThat(MsbiomeJson.reader().read(negative, Formulation.class).problems())
                .extracting(Problem::pointer, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/formulation/components/0/strength/amount",
                        ProblemCode.INVALID_VALUE));
    }

    /** Issue #18, D14: the schema check parses as the reader does. */
    @Test
    void schemaCheckReportsDuplicatePropertiesAndKeepsHugeNumbersNumbers() {
        String duplicate = FORMULATION.replace("\"designation\": \"GG\"", "\"designation\": \"GG\", \"designation\": \"GG\"");
        assertThat(MsbiomeSchemas.validate(duplicate)).extracting(Problem::pointer, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/formulation/components/0/strain/designation",
                        ProblemCode.DUPLICATE_PROPERTY));

        String huge = FORMULATION.replace("\"amount\": 1E+10", "\"amount\": 1E+400");
        assertThat(MsbiomeSchemas.validate(huge)).extracting(Problem::message).noneMatch(m -> m.contains("unknown"));
        assertThat(MsbiomeSchemas.validate(huge)).isEmpty();
    }

    /**
     * Issue #18: a number beyond the 64-bit range where the schema has integer bounds (a taxon ID of 1E+400)
     * made the schema check throw a {@code JsonNodeException} ("cannot convert value 1E+400 to long"); it is a
     * violation of the bound.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e400", "-1e400", "1E+999999999", "9223372036854775808",
        "99999999999999999999.5"})
    void aNumberBeyondTheLongRangeInAnIntegerFieldViolatesItsBound(String number) {
        String taxon = "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"taxon\",\"taxon\":{\"name\":"
                + "{\"genus\":\"Lacticaseibacillus\",\"species\":\"rhamnosus\"},\"ncbiTaxonId\":" + number + "}}";
        assertThat(MsbiomeSchemas.validate(taxon)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.pointer()).isEqualTo("/taxon/ncbiTaxonId"));
    }

    /** Every input of the hostile corpus read as one document gets answers from the schema check, never an exception. */
    @Test
    void theSchemaCheckAnswersEveryCorpusDocumentWithoutAnException() throws java.io.IOException {
        java.nio.file.Path corpus = java.nio.file.Path.of("src", "test", "resources", "corpus");
        int checked = 0;
        for (HostileCorpus.Entry entry : HostileCorpus.load(corpus)) {
            if (entry.file().startsWith("gen:") || entry.mode().equals("ndjson")) {
                continue;
            }
            String text = new String(java.nio.file.Files.readAllBytes(corpus.resolve(entry.file())),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(MsbiomeSchemas.validate(text)).as(entry.file()).isNotNull();
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
    }
}
