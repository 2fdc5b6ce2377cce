package org.msbiome.io.bugsigdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.msbiome.core.signature.Experiment;

/**
 * Fuzzes {@link BugSigDbImporter} (issue #18): any text read as a BugSigDB export gives experiments and a report,
 * or the one documented refusal (an {@link IllegalArgumentException} saying the export is not readable CSV or has
 * no header), nothing else. Every issue of the report has a reason without control characters, the report counts
 * the experiments and signatures handed out, and reading the export as a stream gives the same experiments as
 * reading it whole.
 *
 * <p>A normal build replays the committed seeds under
 * {@code src/test/resources/org/msbiome/io/bugsigdb/BugSigDbImporterFuzzTestInputs/importExport/} (rows of the
 * BugSigDB excerpt of {@code /work/shared/reference/bugsigdb/}); with {@code JAZZER_FUZZ=1} it fuzzes (see
 * TESTING.md).
 */
class BugSigDbImporterFuzzTest {

    @FuzzTest
    void importExport(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        BugSigDbImport result;
        try {
            result = BugSigDbImporter.read(new StringReader(text));
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("the export ").doesNotContainPattern("[\\x00-\\x1f\\x7f]");
            return;
        }
        BugSigDbReport report = result.report();
        assertThat(report.experiments()).isEqualTo(result.experiments().size());
        assertThat(report.signatures())
                .isEqualTo(result.experiments().stream().mapToLong(e -> e.signatures().size()).sum());
        assertThat(report.studies()).isLessThanOrEqualTo(report.experiments());
        assertThat(report.issues()).allSatisfy(issue -> {
            assertThat(issue.reason()).isNotBlank().doesNotContainPattern("[\\x00-\\x1f\\x7f]");
            assertThat(issue.line()).isPositive();
        });
        List<Experiment> streamed = new ArrayList<>();
        assertThat(BugSigDbImporter.stream(new StringReader(text), streamed::add)).isEqualTo(report);
        assertThat(streamed).isEqualTo(result.experiments());
    }
}
