package org.msbiome.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.msbiome.examples.cli.MsbiomeCommand;

/**
 * The tour is checked against its golden file, so it cannot drift from what the library does. To accept
 * a deliberate change, run with {@code -Dmsbiome.updateGolden=true} and review the diff.
 */
class TourTest {
    private static final String GOLDEN = "tour.txt";

    @Test
    void tourPrintsTheGoldenOutput() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), "tour");

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        if (Boolean.getBoolean("msbiome.updateGolden")) {
            Files.writeString(Path.of("src/test/resources/org/msbiome/examples", GOLDEN), out.toString());
        }
        assertThat(out.toString()).isEqualTo(golden());
    }

    /** The file the tour names exists, holds the document the tour shows, and validate reports its problems. */
    @Test
    void theDocumentTheTourValidatesFromTheCommandLineExists() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Path file = (Files.isDirectory(here.resolve("src")) ? here.getParent() : here)
                .resolve("examples/data/strain-with-mistakes.json");
        StringWriter tour = new StringWriter();
        MsbiomeCommand.execute(new PrintWriter(tour), new PrintWriter(new StringWriter()), "tour");
        assertThat(tour.toString()).contains("msbiome validate examples/data/strain-with-mistakes.json");
        String shown = String.join("\n", tour.toString().lines().filter(l -> l.startsWith("  | "))
                .map(l -> l.substring(4)).toList()) + "\n";

        assertThat(Files.readString(file)).isEqualTo(shown);
        StringWriter out = new StringWriter();
        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "validate",
                file.toString());
        assertThat(exit).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(out.toString()).contains(": /strain/colour: [unknown-property]",
                ": /strain/taxon/ncbiTaxonId: [invalid-value]", ": /strain/deposits/0/typeStrain: [wrong-type]",
                "1 document in 1 file: 0 valid, 1 invalid (3 problems)");
    }

    private static String golden() throws IOException {
        try (InputStream in = TourTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file " + GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
