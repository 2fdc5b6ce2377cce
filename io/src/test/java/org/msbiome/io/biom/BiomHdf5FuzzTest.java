package org.msbiome.io.biom;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.MsbiomeJson;

/**
 * Fuzzes the BIOM 2.1 (HDF5) reader (issue #18): any bytes give a profile or an {@link InvalidDocumentException}
 * with problems, each with a message, nothing else (whatever jhdf throws on a malformed file must come out as a
 * problem). A profile read is written as a {@code community-profile} document and reads back equal.
 *
 * <p>A normal build replays the committed seeds under
 * {@code src/test/resources/org/msbiome/io/biom/BiomHdf5FuzzTestInputs/readTable/} (the HDF5 biom-format examples
 * of {@code src/test/resources/biom/}); with {@code JAZZER_FUZZ=1} it fuzzes (see TESTING.md).
 */
class BiomHdf5FuzzTest {

    @FuzzTest
    void readTable(byte[] input) {
        ProfileImport result;
        try {
            result = Biom.readHdf5(input, null);
        } catch (InvalidDocumentException e) {
            checkProblems(e);
            return;
        }
        checkRoundTrip(result);
    }

    static void checkProblems(InvalidDocumentException e) {
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.message()).isNotBlank();
            assertThat(p.toString()).contains(p.code().code());
        });
    }

    static void checkRoundTrip(ProfileImport result) {
        CommunityProfile profile = result.profile();
        String json = MsbiomeJson.writer().write(profile);
        assertThat(MsbiomeJson.reader().read(json, CommunityProfile.class).orElseThrow()).isEqualTo(profile);
    }
}
