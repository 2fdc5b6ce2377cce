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

    private static String golden() throws IOException {
        try (InputStream in = TourTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file " + GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
