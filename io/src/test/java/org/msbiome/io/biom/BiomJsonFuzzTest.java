package org.msbiome.io.biom;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.msbiome.io.InvalidDocumentException;

/**
 * Fuzzes the BIOM 1.0 (JSON) reader (issue #18): any text gives a profile or an {@link InvalidDocumentException}
 * with problems, each with a message, nothing else. A profile read is written as a {@code community-profile}
 * document (the writer runs the reader's checks) and reads back equal.
 *
 * <p>A normal build replays the committed seeds under
 * {@code src/test/resources/org/msbiome/io/biom/BiomJsonFuzzTestInputs/readTable/} (the biom-format examples of
 * {@code src/test/resources/biom/}); with {@code JAZZER_FUZZ=1} it fuzzes (see TESTING.md).
 */
class BiomJsonFuzzTest {

    @FuzzTest
    void readTable(byte[] input) {
        ProfileImport result;
        try {
            result = Biom.readJson(new String(input, StandardCharsets.UTF_8), null);
        } catch (InvalidDocumentException e) {
            BiomHdf5FuzzTest.checkProblems(e);
            return;
        }
        BiomHdf5FuzzTest.checkRoundTrip(result);
    }
}
