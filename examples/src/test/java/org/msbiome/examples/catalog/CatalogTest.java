package org.msbiome.examples.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.Study;
import org.msbiome.core.outcome.StandardMeasure;
import org.msbiome.core.validation.MsbiomeValidation;

/** The bundled catalog: every value valid, every study sourced, retractions recorded (biology.md §5). */
class CatalogTest {
    private final Catalog catalog = Catalog.bundled();

    @Test
    void everyStudyAndFindingIsValid() {
        for (CatalogEntry entry : catalog.entries()) {
            assertThat(MsbiomeValidation.validator().validate(entry.study())).as(entry.label()).isEmpty();
            for (Finding finding : entry.findings()) {
                assertThat(MsbiomeValidation.validator().validate(finding))
                        .as(entry.label() + " on " + finding.measure().title()).isEmpty();
            }
        }
    }

    @Test
    void everyStudyNamesItsSourcesAndAPublicationIdentifier() {
        assertThat(catalog.entries()).allSatisfy(entry -> {
            assertThat(entry.sources()).isNotEmpty().allSatisfy(s -> assertThat(s).startsWith("http"));
            assertThat(entry.study().primaryCitation().doi().isPresent()
                    || entry.study().primaryCitation().pmid().isPresent()).as(entry.label()).isTrue();
        });
        assertThat(catalog.publishedPooledResults()).allSatisfy(r -> assertThat(r.citation().doi()).isPresent());
    }

    @Test
    void tamtaji2017IsRecordedAsRetractedAfterAnExpressionOfConcern() {
        List<Study> retracted = catalog.studies().stream().filter(Study::isRetracted).toList();

        assertThat(retracted).extracting(Study::label).containsExactly("Tamtaji 2017");
        assertThat(retracted.get(0).primaryCitation().integrityNotices()).extracting(n -> n.describe())
                .containsExactly("expression of concern 2022 (33155885)", "retraction 2024 (38980210)");
    }

    @Test
    void holdsTheHumanTrialsAndTheEaeStudyOfTheReference() {
        assertThat(catalog.studies()).extracting(Study::label).containsExactly("Kouchaki 2017", "Tamtaji 2017",
                "Salami 2019", "Rahimlou 2022", "Rahimlou 2022 (Nutr Neurosci)", "Tankou 2018", "Motlagh Asghari 2023", "Naseri 2025",
                "Lavasani 2010");
        assertThat(catalog.findingsOn(StandardMeasure.EDSS)).extracting(f -> f.study().label())
                .containsExactly("Kouchaki 2017", "Salami 2019", "Naseri 2025");
        assertThat(catalog.outcome("edss")).contains(StandardMeasure.EDSS);
        assertThat(catalog.outcome("hs-CRP")).isPresent();
    }

    /** Issue #17: each finding is encoded as its source words it (within-group change, comparator not stated). */
    @Test
    void encodesEachFindingAsItsSourceWordsIt() {
        assertThat(comparisonsOf("Rahimlou 2022")).containsExactly(Comparison.VS_PLACEBO, Comparison.VS_PLACEBO,
                Comparison.VS_PLACEBO, Comparison.VS_BASELINE, Comparison.VS_BASELINE);
        assertThat(comparisonsOf("Rahimlou 2022 (Nutr Neurosci)")).containsExactly(Comparison.VS_PLACEBO,
                Comparison.VS_PLACEBO, Comparison.VS_PLACEBO, Comparison.VS_BASELINE, Comparison.NOT_STATED);
        assertThat(comparisonsOf("Salami 2019")).containsExactly(Comparison.VS_PLACEBO, Comparison.VS_PLACEBO,
                Comparison.VS_PLACEBO, Comparison.VS_PLACEBO, Comparison.NOT_STATED, Comparison.NOT_STATED,
                Comparison.NOT_STATED, Comparison.NOT_STATED);
        assertThat(comparisonsOf("Motlagh Asghari 2023")).containsOnly(Comparison.VS_PLACEBO).hasSize(5);
    }

    private List<Comparison> comparisonsOf(String label) {
        return catalog.findings().stream().filter(f -> f.study().label().equals(label))
                .map(f -> f.result().comparison()).toList();
    }

    /**
     * The MS experiments of the BugSigDB excerpt (export of 2025-08-05): Tremlett 2016's rows bsdb:27176462/1-3
     * and Jangi 2016's bsdb:27352007/1-6, two signatures each, with the export's comment line as provenance.
     */
    @Test
    void holdsTheMsExperimentsOfTheBugSigDbExcerptWithTheirProvenance() {
        assertThat(catalog.experimentEntries()).extracting(ExperimentEntry::label)
                .containsExactly("Tremlett 2016", "Jangi 2016");
        assertThat(catalog.experiments()).extracting(Experiment::id).containsExactly("bsdb:27176462/1", "bsdb:27176462/2",
                "bsdb:27176462/3", "bsdb:27352007/1", "bsdb:27352007/2", "bsdb:27352007/3", "bsdb:27352007/4",
                "bsdb:27352007/5", "bsdb:27352007/6");
        assertThat(catalog.experimentEntries()).extracting(e -> e.study().pmid().orElseThrow().number())
                .containsExactly(27176462L, 27352007L);
        assertThat(catalog.experiments()).allSatisfy(e -> {
            assertThat(MsbiomeValidation.validator().validate(e)).as(e.id()).isEmpty();
            assertThat(e.conditionTerms()).extracting(t -> t.id()).as(e.id()).containsExactly("MONDO:0005301");
            assertThat(e.provenance()).contains("BugSigDB 2025-08-05_03:29_UTC, License: Creative Commons Attribution"
                    + " 4.0 International, URL: https://bugsigdb.org");
            assertThat(e.signatures()).extracting(sig -> sig.id()).containsExactly(e.id() + "/1", e.id() + "/2");
            assertThat(e.signatures()).allSatisfy(sig -> assertThat(sig.provenance()).isEqualTo(e.provenance()));
        });
        assertThat(catalog.experimentEntries()).allSatisfy(entry ->
                assertThat(entry.sources()).isNotEmpty().allSatisfy(s -> assertThat(s).startsWith("http")));
    }
}
