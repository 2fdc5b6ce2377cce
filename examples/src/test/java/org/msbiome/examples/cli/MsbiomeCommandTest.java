package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool as a whole: its version, its exit codes, its suggestions for a mistyped command. */
class MsbiomeCommandTest {
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void versionIsTheBuildsVersion() {
        Run run = run("--version");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.out()).matches("msbiome \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n").doesNotContain("development");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        assertThat(run("--help").out()).contains("Exit codes:",
                "  0  success", "  1  an input has problems", "  2  usage error", "  3  summarize: nothing to pool");
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        Run validat = run("validat", "x.json");
        Run summarise = run("summarise", "EDSS");

        assertThat(validat.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(validat.err()).contains("Did you mean: msbiome validate");
        assertThat(summarise.err()).contains("Did you mean: msbiome summarize");
    }

    @Test
    void aProgressCountThatIsNotANumberIsSaidInWords() {
        Run run = run("validate", "--progress-every=abc", "x.json");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.err()).contains("'abc' is not a whole number; expected a count of documents like 1000")
                .doesNotContain("is not a long");
    }

    @Test
    void anArgumentStartingWithAnAtSignIsAFileNameNotAFileOfArguments(@TempDir Path dir) throws IOException {
        // picocli reads "@name" as a file of more arguments by default: here it would run "--version".
        Path arguments = Files.writeString(dir.resolve("args"), "--version\n");

        Run run = run("validate", "@" + arguments);

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.out()).doesNotContain(MsbiomeCommand.version());
        assertThat(run.err()).contains("@" + arguments);
    }
}
