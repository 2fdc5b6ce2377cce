package org.msbiome.io.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import org.msbiome.io.ReadLimits;

/**
 * The importer reads records within the reader's limits (issue #18, D17: a 207 MB record took 2.7 GB):
 * a record beyond a limit is a {@code limit-exceeded} problem, and a file is read no further than the limit.
 */
class CtgovImporterLimitsTest {
    private static final String RECORD = "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT00000000\"},"
            + " \"designModule\": {\"studyType\": \"INTERVENTIONAL\"}}}";

    @Test
    void aFileBeyondTheDocumentSizeLimitIsRefusedWithoutReadingItWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("record.json");
        byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 17; i++) {
                out.write(spaces);
            }
            out.write(RECORD.getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> CtgovImporter.importFile(file))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED));
    }

    @Test
    void theLimitsCanBeChosen() {
        assertThat(CtgovImporter.importJson(RECORD).design()).isPresent();
        assertThatThrownBy(() -> CtgovImporter.importJson(RECORD, ReadLimits.defaults().withMaxValues(5)))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED));
        assertThatThrownBy(() -> CtgovImporter.importJson(RECORD, ReadLimits.defaults().withMaxNestingDepth(2)))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED));
    }

    @Test
    void aDuplicatePropertyIsReportedAsTheReaderReportsIt() {
        assertThatThrownBy(() -> CtgovImporter.importJson("{\"protocolSection\": {\"designModule\":"
                + " {\"studyType\": \"INTERVENTIONAL\", \"studyType\": \"OBSERVATIONAL\"}}}"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer, Problem::code).containsExactly(org.assertj.core.groups.Tuple
                                .tuple("/protocolSection/designModule/studyType", ProblemCode.DUPLICATE_PROPERTY)));
    }
}
