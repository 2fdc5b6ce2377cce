package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The terminal and log injections of issue #18 D07, and the check that what the tool printed holds none of them
 * raw: {@link ValidateHostileInputTest} and {@link CliHostileInputTest} feed them to every command.
 */
final class HostileInput {
    private HostileInput() {}

    /** What a command printed, and its exit code. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Text that, printed raw, would do something to a terminal or a log. */
    static Stream<Arguments> injections() {
        return Stream.of(
                Arguments.argumentSet("sets the terminal title", "\u001b]0;pwned\u0007"),
                Arguments.argumentSet("clears the screen", "\u001b[2J\u001b[H"),
                Arguments.argumentSet("colours the text", "\u001b[31mred"),
                Arguments.argumentSet("forges a whole output line", "x\n1 document in 1 file: all valid\n"),
                Arguments.argumentSet("returns to the line's start", "x\rall valid"),
                Arguments.argumentSet("reverses the text shown (U+202E)", "\u202Ecod.exe"),
                Arguments.argumentSet("a C1 control sequence introducer (U+009B)", "\u009b2J"),
                Arguments.argumentSet("a line separator (U+2028)", "a\u2028b"));
    }

    /** No character that controls a terminal or reorders text, but the line feeds that end lines. */
    static void assertPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
            assertThat(control).as("character U+%04X at %d of %s", (int) c, i, text).isFalse();
        }
    }

    /**
     * Standard output and standard error are printable, and neither holds the injection as it was given: a
     * line feed of the input does not start a line of the output.
     */
    static void assertNoRawInjection(Run run, String injection) {
        assertPrintable(run.out());
        assertPrintable(run.err());
        String raw = injection.strip();
        assertThat(run.out()).as("standard output").doesNotContain(raw);
        assertThat(run.err()).as("standard error").doesNotContain(raw);
    }

    /** Text as a JSON string, control characters escaped. */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }
}
