package org.msbiome.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Taxids read from data of other snapshots, against the bundled snapshot. Expected values are the events of
 * shenwei356/taxid-changelog (README examples 3 and 4, up to 2025-01; {@code taxid-changelog-examples.tsv}).
 */
class TaxonIdResolutionTest {
    private static final Taxonomy BUNDLED = Taxonomy.bundled();

    static Stream<Arguments> mergedTaxids() {
        return Stream.of(
                argumentSet("469598 Escherichia sp. 3_2_53FAA, merged 2018-06", 469598, 562, "Escherichia coli"),
                argumentSet("662101, merged 2014-08", 662101, 562, "Escherichia coli"),
                argumentSet("662104, merged 2014-08", 662104, 562, "Escherichia coli"),
                argumentSet("1637691 Escherichia sp. MAR, deleted, reused, merged 2015-11", 1637691, 562,
                        "Escherichia coli"),
                argumentSet("1806490, absorbed 2021-11", 1806490, 562, "Escherichia coli"),
                argumentSet("1834199, absorbed by A. muciniphila 2016-05", 1834199, 239935, "Akkermansia muciniphila"));
    }

    @ParameterizedTest
    @MethodSource("mergedTaxids")
    void readsAMergedTaxidAsTheCurrentOneWithANote(int old, int current, String name) {
        TaxonIdResolution resolution = BUNDLED.resolveTaxonId(NcbiTaxonId.of(old));

        assertThat(resolution.status()).isEqualTo(TaxonIdResolution.Status.MERGED);
        assertThat(resolution.current()).contains(NcbiTaxonId.of(current));
        assertThat(resolution.name()).contains(name);
        assertThat(resolution).hasToString("taxid " + old + " was merged into " + current + " (" + name
                + ") in msbiome-taxonomy 2026.1");
        assertThat(BUNDLED.lineage(NcbiTaxonId.of(old)).orElseThrow().last().name()).isEqualTo(name);
    }

    @Test
    void readsAReusedTaxidAsCurrent() {
        // 1263034: deleted 2013-02-21, reused 2014-06-03 for Akkermansia muciniphila CAG:154, a strain since 2023-08
        TaxonIdResolution resolution = BUNDLED.resolveTaxonId(NcbiTaxonId.of(1263034));

        assertThat(resolution.status()).isEqualTo(TaxonIdResolution.Status.CURRENT);
        assertThat(resolution.name()).contains("Akkermansia muciniphila CAG:154");
        assertThat(resolution.rank()).contains(TaxonRank.STRAIN);
    }

    @Test
    void givesTheNewestNameOfARenamedTaxid() {
        // 33038: "[Ruminococcus] gnavus" in the 2021 Kraken report, Mediterraneibacter gnavus in BugSigDB 2025
        TaxonIdResolution resolution = BUNDLED.resolveTaxonId(NcbiTaxonId.of(33038));

        assertThat(resolution.status()).isEqualTo(TaxonIdResolution.Status.CURRENT);
        assertThat(resolution.name()).contains("Mediterraneibacter gnavus");
        assertThat(Taxonomy.resolve("[Ruminococcus] gnavus").taxon().ncbiTaxonId()).contains(NcbiTaxonId.of(33038));
    }

    @Test
    void givesTheLineageOfATaxidFromTheRoot() {
        // BugSigDB 2025-08-05 lineage of 239935 (bsdb:27176462/3/1)
        Lineage lineage = BUNDLED.lineage(NcbiTaxonId.of(239935)).orElseThrow();

        assertThat(lineage.at(TaxonRank.PHYLUM).orElseThrow().name()).isEqualTo("Verrucomicrobiota");
        assertThat(lineage.at(TaxonRank.GENUS).orElseThrow().ncbiTaxonId()).contains(NcbiTaxonId.of(239934));
        assertThat(lineage.last()).isEqualTo(new Lineage.Entry(java.util.Optional.of(TaxonRank.SPECIES),
                "Akkermansia muciniphila", java.util.Optional.of(NcbiTaxonId.of(239935))));
    }

    @Test
    void reportsATaxidItDoesNotList() {
        TaxonIdResolution resolution = BUNDLED.resolveTaxonId(NcbiTaxonId.of(2025876));

        assertThat(resolution.status()).isIn(TaxonIdResolution.Status.CURRENT, TaxonIdResolution.Status.UNLISTED);
        TaxonIdResolution unknown = BUNDLED.resolveTaxonId(NcbiTaxonId.of(999_999_999));
        assertThat(unknown.status()).isEqualTo(TaxonIdResolution.Status.UNLISTED);
        assertThat(unknown.current()).isEmpty();
        assertThat(unknown).hasToString("taxid 999999999 is not listed in msbiome-taxonomy 2026.1");
    }
}
