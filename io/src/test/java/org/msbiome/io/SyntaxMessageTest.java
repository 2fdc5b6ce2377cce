package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.io.ctgov.CtgovImporter;
import org.msbiome.io.schema.MsbiomeSchemas;

/**
 * A syntax problem says what is wrong, and its location is the problem's own: the location Jackson embeds in
 * some messages (an unclosed or wrongly closed array or object) is not repeated in the message.
 */
class SyntaxMessageTest {
    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.argumentSet("unclosed object", "{\"format\": \"msbiome\"",
                        "Unexpected end-of-input: expected close marker for Object", new TextLocation(1, 21)),
                Arguments.argumentSet("unclosed array", "{\"a\": [1, 2",
                        "Unexpected end-of-input: expected close marker for Array", new TextLocation(1, 12)),
                Arguments.argumentSet("array closed as an object", "{\"a\":\n [1, 2\n}",
                        "Unexpected close marker '}': expected ']' (for Array)", new TextLocation(3, 1)),
                Arguments.argumentSet("object closed as an array", "{\"a\": 1]",
                        "Unexpected close marker ']': expected '}' (for Object)", new TextLocation(1, 8)),
                Arguments.argumentSet("missing comma", "{\"a\": 1 \"b\": 2}",
                        "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
                        new TextLocation(1, 9)));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void readerSaysWhatIsWrongWithoutJacksonsSourceDescription(String json, String message, TextLocation at) {
        List<Problem> problems = MsbiomeJson.reader().readAny(json).problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).code()).isEqualTo(ProblemCode.SYNTAX);
        assertThat(problems.get(0).message()).isEqualTo("malformed JSON: " + message);
        assertThat(problems.get(0).location()).contains(at);
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void schemaValidationAndCtgovImportSayTheSame(String json, String message, TextLocation at) {
        assertThat(MsbiomeSchemas.validate(json)).extracting(Problem::message).containsExactly("malformed JSON: " + message);

        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> CtgovImporter.importJson(json));
        assertThat(e.problems()).extracting(Problem::message).containsExactly("malformed JSON: " + message);
        assertThat(e.problems()).extracting(Problem::location).containsExactly(java.util.Optional.of(at));
    }
}
