package org.msbiome.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The character-by-character checks of a genus and an epithet accept exactly what their regular expressions
 * accept ({@code TaxonName.GENUS}, {@code TaxonName.EPITHET}), on texts made of the characters that matter.
 */
class TaxonNameFormTest {
    private static final String[] PIECES = {"A", "Z", "a", "z", "b", "[", "]", "-", " ", "Candidatus ", "É", "é",
        "0", "Lactobacillus", "[Ruminococcus]", "casei", "x-y", "\u212A"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 2026, 31_337, 4_242_424})
    void theChecksAgreeWithTheRegularExpressions(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(5);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            assertThat(TaxonName.isGenus(t)).as("genus %s", t).isEqualTo(TaxonName.GENUS.matcher(t).matches());
            assertThat(TaxonName.isEpithet(t)).as("epithet %s", t).isEqualTo(TaxonName.EPITHET.matcher(t).matches());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lactobacillus", "[Ruminococcus]", "Candidatus Arthromitus", "Candidatus [Abc]", "Ab", "Candidatus"})
    void genera(String genus) {
        assertThat(TaxonName.isGenus(genus)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "[]", "[A]", "[Ab", "Ab]", "lactobacillus", "Candidatus ", "Lacto bacillus",
        "LactoBacillus", "Éa"})
    void notGenera(String text) {
        assertThat(TaxonName.isGenus(text)).isFalse();
    }
}
