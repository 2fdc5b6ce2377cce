package org.msbiome.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NcbiTaxonIdTest {
    @Test
    void parsesAndWritesTheNumber() {
        assertThat(NcbiTaxonId.parse(" 47715 ")).isEqualTo(NcbiTaxonId.of(47715)).hasToString("47715");
    }

    @Test
    void rejectsNonPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NcbiTaxonId.of(0))
                .withMessage("NCBI Taxonomy ID 0 is not positive; expected a positive integer, like 47715");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "txid47715", "-5", "4.5", "12345678901"})
    void rejectsNonNumbers(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NcbiTaxonId.parse(text))
                .withMessage("NCBI Taxonomy ID '" + text + "' is not a number; expected a positive integer, like '47715'");
    }
}
