package org.msbiome.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msbiome.core.taxonomy.Lineage;
import org.msbiome.core.taxonomy.LineageNotation;
import org.msbiome.core.taxonomy.NcbiTaxonId;
import org.msbiome.core.taxonomy.TaxonRank;
import org.msbiome.core.validation.MsbiomeValidation;

class SignaturesTest {
    // Lineages as BugSigDB writes them (bsdb:27352007/1/1, export of 2025-08-05).
    static final String METHANOBREVIBACTER = "k__Methanobacteriati|p__Methanobacteriota|c__Methanobacteria"
            + "|o__Methanobacteriales|f__Methanobacteriaceae|g__Methanobrevibacter";
    static final String AKKERMANSIA = "k__Pseudomonadati|p__Verrucomicrobiota|c__Verrucomicrobiia"
            + "|o__Verrucomicrobiales|f__Akkermansiaceae|g__Akkermansia";

    static Lineage lineage(String text) {
        return Lineage.parse(text, LineageNotation.METAPHLAN);
    }

    static Signature signature(String id, AbundanceDirection direction, String... lineages) {
        return new Signature(id, direction, List.of(lineages).stream().map(SignaturesTest::lineage).toList(),
                Optional.empty(), Optional.empty(), Curation.unrecorded(), Optional.empty());
    }

    static Experiment experiment(String studyId, String experimentId, int group1Size, Signature... signatures) {
        SourceStudy study = new SourceStudy(studyId, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        return new Experiment(experimentId, study, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("Multiple sclerosis"),
                List.of(OntologyTerm.of("EFO_0003885")),
                new ContrastGroup("healthy controls", Optional.empty(), Optional.of(43)),
                new ContrastGroup("multiple sclerosis", Optional.empty(), Optional.of(group1Size)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(signatures), Optional.empty());
    }

    @Test
    void signTestReproducesRBinomTest() {
        // R: binom.test(5, 6)$p.value = 0.21875; binom.test(7, 9)$p.value = 0.1796875 (issue #16).
        assertThat(Signatures.signTest(5, 6)).isEqualTo(0.21875);
        assertThat(Signatures.signTest(1, 6)).isEqualTo(0.21875);
        assertThat(Signatures.signTest(7, 9)).isEqualTo(0.1796875);
        assertThat(Signatures.signTest(3, 6)).isEqualTo(1.0);
        assertThat(Signatures.signTest(0, 0)).isEqualTo(1.0);
        assertThatThrownBy(() -> Signatures.signTest(7, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fiveOfSixStudiesUpGiveTheSignTestOfFiveOfSix() {
        List<Experiment> experiments = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            experiments.add(experiment("study" + s, "bsdb:" + s + "/1",
                    20, signature("bsdb:" + s + "/1/1", AbundanceDirection.INCREASED, AKKERMANSIA)));
        }
        experiments.add(experiment("study6", "bsdb:6/1", 20,
                signature("bsdb:6/1/1", AbundanceDirection.DECREASED, AKKERMANSIA)));
        TaxonConsensus row = Signatures.consensus(experiments, TaxonRank.GENUS).get(0);
        assertThat(row.taxon()).isEqualTo("Akkermansia");
        assertThat(row.increased()).isEqualTo(5);
        assertThat(row.decreased()).isEqualTo(1);
        assertThat(row.pValue()).isEqualTo(0.21875);
    }

    @Test
    void experimentsOfOneStudyGiveOneVoteByDefaultAndOneEachOnRequest() {
        // Jangi 2016 reports Methanobrevibacter increased in several experiments of one study.
        List<Experiment> experiments = List.of(
                experiment("27352007", "bsdb:27352007/1", 60,
                        signature("bsdb:27352007/1/1", AbundanceDirection.INCREASED, METHANOBREVIBACTER)),
                experiment("27352007", "bsdb:27352007/2", 60,
                        signature("bsdb:27352007/2/1", AbundanceDirection.INCREASED, METHANOBREVIBACTER)));
        assertThat(Signatures.consensus(experiments, TaxonRank.GENUS).get(0))
                .extracting(TaxonConsensus::increased, TaxonConsensus::units)
                .containsExactly(1, List.of("27352007"));
        assertThat(Signatures.consensus(experiments, TaxonRank.GENUS, CountingUnit.EXPERIMENT).get(0))
                .extracting(TaxonConsensus::increased, TaxonConsensus::units)
                .containsExactly(2, List.of("bsdb:27352007/1", "bsdb:27352007/2"));
    }

    @Test
    void aStudyReportingBothDirectionsIsConflictingAndLeftOutOfTheTest() {
        List<Experiment> experiments = List.of(experiment("s1", "bsdb:s1/1", 10,
                signature("bsdb:s1/1/1", AbundanceDirection.INCREASED, AKKERMANSIA),
                signature("bsdb:s1/1/2", AbundanceDirection.DECREASED, AKKERMANSIA)));
        TaxonConsensus row = Signatures.consensus(experiments, TaxonRank.GENUS).get(0);
        assertThat(row.conflicting()).isEqualTo(1);
        assertThat(row.votes()).isZero();
        assertThat(row.pValue()).isEqualTo(1.0);
    }

    @Test
    void formerAndCurrentNamesCountAsOneTaxon() {
        // Firmicutes was renamed Bacillota (Oren and Garrity 2021); older exports write the former name.
        List<Experiment> experiments = List.of(
                experiment("old", "bsdb:old/1", 10,
                        signature("bsdb:old/1/1", AbundanceDirection.DECREASED, "k__Bacteria|p__Firmicutes")),
                experiment("new", "bsdb:new/1", 10,
                        signature("bsdb:new/1/1", AbundanceDirection.DECREASED, "k__Bacillati|p__Bacillota")));
        List<TaxonConsensus> rows = Signatures.consensus(experiments, TaxonRank.PHYLUM);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).taxon()).isEqualTo("Bacillota");
        assertThat(rows.get(0).decreased()).isEqualTo(2);
        assertThat(rows.get(0).namesAsWritten()).containsExactly("Bacillota", "Firmicutes");
    }

    @Test
    void lineagesThatDoNotReachTheRankGiveNoVote() {
        List<Experiment> experiments = List.of(experiment("s", "bsdb:s/1", 10,
                signature("bsdb:s/1/1", AbundanceDirection.INCREASED, "k__Methanobacteriati|p__Methanobacteriota")));
        assertThat(Signatures.consensus(experiments, TaxonRank.GENUS)).isEmpty();
    }

    @Test
    void signatureRulesTaxaDistinctAndTaxidDepthEqualsNameDepth() {
        Signature duplicate = signature("bsdb:x/1/1", AbundanceDirection.INCREASED, AKKERMANSIA, AKKERMANSIA);
        Set<ConstraintViolation<Signature>> v = MsbiomeValidation.validator().validate(duplicate);
        assertThat(v).extracting(c -> c.getPropertyPath().toString()).containsExactly("taxa[1]");
        assertThat(v).extracting(ConstraintViolation::getMessage)
                .containsExactly("taxon is listed twice in the signature");

        Lineage withIds = lineage("k__Methanobacteriati|p__Methanobacteriota")
                .withNcbiTaxonIds(List.of(NcbiTaxonId.of(3366610), NcbiTaxonId.of(28890)));
        Lineage partial = new Lineage(List.of(withIds.entries().get(0),
                new Lineage.Entry(withIds.entries().get(1).rank(), "Methanobacteriota", Optional.empty())));
        Signature mixed = new Signature("bsdb:x/1/2", AbundanceDirection.INCREASED, List.of(withIds, partial),
                Optional.empty(), Optional.empty(), Curation.unrecorded(), Optional.empty());
        assertThat(MsbiomeValidation.validator().validate(mixed))
                .extracting(c -> c.getPropertyPath().toString()).containsExactly("taxa[1]");
        assertThatThrownBy(() -> lineage(AKKERMANSIA).withNcbiTaxonIds(List.of(NcbiTaxonId.of(3379134))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one ID per entry");
    }

    @Test
    void sampleSizesArePositiveAndAnExperimentWithoutSignaturesIsValid() {
        Experiment onlyContrast = experiment("31815177", "bsdb:31815177/9", 5);
        assertThat(onlyContrast.isExperimentOnly()).isTrue();
        assertThat(MsbiomeValidation.validator().validate(onlyContrast)).isEmpty();
        assertThat(onlyContrast.hasCondition("EFO:0003885")).isTrue();

        Experiment empty = experiment("s", "bsdb:s/1", 0);
        assertThat(MsbiomeValidation.validator().validate(empty))
                .extracting(c -> c.getPropertyPath().toString()).containsExactly("group1.sampleSize");
    }

    @Test
    void conditionIdsAreCheckedForForm() {
        assertThat(OntologyTerm.of("MONDO:0005301").normalisedId()).isEqualTo("MONDO_0005301");
        assertThatThrownBy(() -> OntologyTerm.of("DOID:2377"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'DOID:2377'");
    }
}
