package org.msbiome.io.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.MsbiomeJson;

/**
 * Fuzzes {@link CtgovImporter} (issue #18): any text gives an import or an {@link InvalidDocumentException}
 * with problems, nothing else; an imported design that Bean Validation accepts is written by the writer (which
 * runs the reader's checks) and reads back equal, and one it refuses is refused by the writer.
 *
 * <p>A normal build replays the committed seeds under
 * {@code src/test/resources/org/msbiome/io/ctgov/CtgovImporterFuzzTestInputs/importRecord/} (the records of
 * {@code src/test/resources/ctgov/}); with {@code JAZZER_FUZZ=1} it fuzzes (see TESTING.md).
 */
class CtgovImporterFuzzTest {

    @FuzzTest
    void importRecord(byte[] input) {
        CtgovImport result;
        try {
            result = CtgovImporter.importJson(new String(input, StandardCharsets.UTF_8));
        } catch (InvalidDocumentException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank());
            return;
        }
        if (result.design().isPresent()) {
            TrialDesign design = result.design().get();
            boolean valid = MsbiomeValidation.validator().validate(design).isEmpty();
            String json;
            try {
                json = MsbiomeJson.writer().write(design);
            } catch (InvalidDocumentException e) {
                // A design the importer built from a record that breaks a rule (a crossover without washout):
                // refused on write exactly when Bean Validation refuses it.
                assertThat(valid).as(e.getMessage()).isFalse();
                return;
            }
            assertThat(valid).as(json).isTrue();
            assertThat(MsbiomeJson.reader().read(json, TrialDesign.class).orElseThrow()).isEqualTo(design);
        }
    }
}
