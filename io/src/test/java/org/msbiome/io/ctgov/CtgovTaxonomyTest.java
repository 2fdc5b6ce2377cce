package org.msbiome.io.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.taxonomy.Taxa;

/**
 * Organism names in intervention texts go through {@code Taxonomy.resolve} (issue 14): a former name resolves
 * to the current one, and a species the bundled snapshot does not list is kept as written and reported as
 * unlisted, never dropped. The records are the constructed probiotic record of {@code src/test/resources/ctgov}
 * with its description changed; Bacillus subtilis is a real species the snapshot does not list.
 */
class CtgovTaxonomyTest {
    private static CtgovImport importWithDescription(String description) throws Exception {
        String json = Files.readString(CtgovRecords.path("constructed-probiotic-ms.json")).replace(
                "Capsule containing Lactobacillus acidophilus, L. casei, Bifidobacterium bifidum and Lactobacillus"
                        + " fermentum.", description);
        return CtgovImporter.importJson(json);
    }

    @Test
    void keepsAnUnlistedSpeciesOfAKnownGenusAndSaysItIsUnlisted() throws Exception {
        CtgovImport result = importWithDescription("Capsule containing Bacillus subtilis and Bifidobacterium lactis.");
        ProbioticIntervention probiotic = (ProbioticIntervention) result.design().orElseThrow()
                .intervention("Probiotic capsule").orElseThrow();

        assertThat(probiotic.givenStrains()).extracting(s -> s.taxon().name().full())
                .containsExactly("Bacillus subtilis", "Bifidobacterium animalis subsp. lactis");
        assertThat(result.inferred()).filteredOn(v -> v.target().endsWith(".strains"))
                .extracting(InferredValue::reason)
                .satisfiesExactly(
                        reason -> assertThat(reason).contains("'Bacillus subtilis' is Bacillus subtilis (not listed)"
                                + " [msbiome-taxonomy 2026.1]"),
                        reason -> assertThat(reason).contains("renamed: Bifidobacterium lactis → Bifidobacterium"
                                + " animalis subsp. lactis (MASCO2004)"));
    }

    @Test
    void doesNotReadPhrasesAsOrganisms() throws Exception {
        CtgovImport result = importWithDescription("Capsule containing Lactobacillus strains and Bifidobacterium"
                + " species.");

        assertThat(result.design().orElseThrow().intervention("Probiotic capsule"))
                .hasValueSatisfying(i -> assertThat(((ProbioticIntervention) i).givenStrains()).isEmpty());
        assertThat(Optional.of(Taxa.LACTOBACILLUS_ACIDOPHILUS)).isPresent();
    }
}
