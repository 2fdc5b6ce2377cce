package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.GradeAssessment;
import org.msbiome.core.evidence.Study;
import org.msbiome.core.evidence.StudyDesign;
import org.msbiome.core.formulation.CfuAmount;
import org.msbiome.core.formulation.Component;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.DoseUnit;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.PrebioticIngredient;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.formulation.UnitSize;
import org.msbiome.core.formulation.Viability;
import org.msbiome.core.immune.ImmuneEffect;
import org.msbiome.core.preclinical.PreclinicalStudy;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.safety.SafetyReport;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.Signature;
import org.msbiome.core.strain.CultureCollections;
import org.msbiome.core.strain.Deposit;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.strain.Strains;
import org.msbiome.core.taxonomy.NameResolution;
import org.msbiome.core.taxonomy.Taxa;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.taxonomy.TaxonName;
import org.msbiome.core.taxonomy.Taxonomy;
import org.msbiome.fixtures.PublishedSignatures;
import org.msbiome.fixtures.PublishedStudies;

/**
 * Documents of format 1.0, committed under {@code src/test/resources/compat/1.0/}, read into exactly the
 * value built here in Java. The files are frozen: no flag rewrites them (unlike the writer's golden files),
 * so a change of the reader, the codecs or core that breaks a file already written fails here. A new
 * format version gets its own directory; files of older versions stay and keep being read.
 *
 * <p>The writer's golden files ({@code golden/}) are read back too: what the writer wrote must read as
 * the value it was written from.
 */
class FormatCompatibilityTest {
    private static final Path COMPAT = GoldenFiles.TEST_RESOURCES.resolve("compat/1.0");
    private static final MsbiomeReader READER = MsbiomeJson.reader();

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.argumentSet("taxon with an NCBI Taxonomy ID", "taxon-lactiplantibacillus-plantarum.json",
                        Taxon.class, Taxa.LACTIPLANTIBACILLUS_PLANTARUM),
                Arguments.argumentSet("taxon without an NCBI Taxonomy ID", "taxon-lactobacillus-gasseri.json",
                        Taxon.class, Taxa.LACTOBACILLUS_GASSERI),
                Arguments.argumentSet("strain known by its deposit only", "strain-saccharomyces-boulardii-cncm-i-745.json",
                        Strain.class, makersNamedBoulardii()),
                Arguments.argumentSet("strain with a designation and a deposit", "strain-lactobacillus-acidophilus-la02.json",
                        Strain.class, Strains.LACTOBACILLUS_ACIDOPHILUS_LA02),
                Arguments.argumentSet("synbiotic formulation with every optional property",
                        "formulation-synbiotic-sachets.json", Formulation.class, synbioticSachets()),
                Arguments.argumentSet("prebiotic formulation", "formulation-prebiotic-powder.json", Formulation.class,
                        prebioticPowder()),
                Arguments.argumentSet("hand-written: members in another order, compact, optional empty lists left out",
                        "formulation-synbiotic-sachets.hand-written.json", Formulation.class, synbioticSachets()),
                Arguments.argumentSet("a later minor version (1.7) without new properties",
                        "strain-lactobacillus-acidophilus-la02.version-1.7.json", Strain.class,
                        Strains.LACTOBACILLUS_ACIDOPHILUS_LA02),
                Arguments.argumentSet("clinical trial (Rahimlou 2022)", "clinical-trial-rahimlou-2022.json",
                        TrialDesign.class, PublishedStudies.rahimlou2022Design()),
                Arguments.argumentSet("preclinical study (Lavasani 2010)", "preclinical-study-lavasani-2010.json",
                        PreclinicalStudy.class, PublishedStudies.lavasani2010Design()),
                Arguments.argumentSet("immune effect (Salami 2019)", "immune-effect-salami-2019.json",
                        ImmuneEffect.class, PublishedStudies.salami2019Effects().get(0)),
                Arguments.argumentSet("citation by DOI (Salami 2019)", "citation-salami-2019.json", Citation.class,
                        PublishedStudies.SALAMI_2019_CITATION),
                Arguments.argumentSet("finding (Salami 2019, EDSS)", "finding-salami-2019-edss.json", Finding.class,
                        PublishedStudies.salami2019Edss()),
                Arguments.argumentSet("GRADE assessment (EAE)", "grade-assessment-eae.json", GradeAssessment.class,
                        PublishedStudies.eaeGrade()),
                Arguments.argumentSet("study (Tankou 2018)", "study-tankou-2018.json", Study.class,
                        tankou2018AsFrozen()),
                Arguments.argumentSet("safety report (NCT00763412: totals only, no event tables)",
                        "safety-report-nct00763412.json", SafetyReport.class, PublishedStudies.nct00763412Safety()),
                Arguments.argumentSet("name resolution by msbiome-taxonomy 2026.1",
                        "name-resolution-lactobacillus-rhamnosus.json", NameResolution.class,
                        Taxonomy.resolve("Lactobacillus  rhamnosus")),
                Arguments.argumentSet("community profile (biom-format's rich example table: counts, 15 of 30 cells)",
                        "community-profile-rich-sparse-otu-table.json", CommunityProfile.class,
                        CoreRoundTripTest.biomExample("rich_sparse_otu_table.biom")),
                Arguments.argumentSet("experiment with two signatures (Jangi 2016, BugSigDB bsdb:27352007/1)",
                        "experiment-jangi-2016-1.json", Experiment.class, PublishedSignatures.jangi2016Experiment1()),
                Arguments.argumentSet("experiment-only record (Weis 2019, BugSigDB bsdb:31815177/9/NA)",
                        "experiment-weis-2019-9-experiment-only.json", Experiment.class,
                        PublishedSignatures.weis2019Experiment9()),
                Arguments.argumentSet("signature (Jangi 2016, BugSigDB bsdb:27352007/1/1)",
                        "signature-jangi-2016-1-1.json", Signature.class, PublishedSignatures.jangi2016Signature1()));
    }

    /**
     * Tankou 2018 as the frozen 1.0 document wrote it, before the catalog was corrected (issue #17: the healthy
     * controls took Visbiome too). A frozen document keeps its bytes; only its facts were corrected since.
     */
    private static Study tankou2018AsFrozen() {
        Study corrected = PublishedStudies.tankou2018();
        TrialDesign t = ((StudyDesign.Clinical) corrected.design()).trial();
        List<Arm> arms = t.arms().stream()
                .map(arm -> arm.label().equals("healthy controls")
                        ? Arm.of("healthy controls", ArmType.OTHER).withParticipants(13)
                                .withDescription("healthy controls; what they were given is not stated in the source read")
                        : arm)
                .toList();
        TrialDesign frozen = new TrialDesign(t.studyType(), t.phases(), t.allocation(), t.interventionModel(),
                t.primaryPurpose(), t.masking(), t.enrollment(), t.overallStatus(), t.allocationRatio(), t.framework(),
                t.washout(), t.periods(), t.population(), arms, t.interventions(), t.outcomes(), t.registrations());
        return new Study(corrected.label(), corrected.citations(), new StudyDesign.Clinical(frozen),
                corrected.registrations());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void readsTheFrozenDocumentAsTheValueBuiltInJava(String file, Class<?> type, Object expected) {
        ReadResult<?> result = READER.read(COMPAT.resolve(file), type);
        assertThat(result.problems()).as(file).isEmpty();
        assertThat(result.orElseThrow()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void readsTheFrozenDocumentByItsEnvelopeToo(String file, Class<?> type, Object expected) throws IOException {
        ReadResult<Object> result = READER.readAny(Files.readString(COMPAT.resolve(file)));
        assertThat(result.orElseThrow()).isEqualTo(expected);
    }

    @Test
    void readsTheWritersGoldenFilesAsTheValuesTheyWereWrittenFrom() {
        assertThat(READER.read(GoldenFiles.TEST_RESOURCES.resolve("golden/formulation-lgg.json"), Formulation.class)
                .orElseThrow()).isEqualTo(CoreRoundTripTest.lggCapsules());
        assertThat(READER.read(GoldenFiles.TEST_RESOURCES.resolve("golden/strain-lgg.json"), Strain.class)
                .orElseThrow()).isEqualTo(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG);
        assertThat(READER.read(GoldenFiles.TEST_RESOURCES.resolve("golden/clinical-trial-kouchaki-2017.json"),
                TrialDesign.class).orElseThrow()).isEqualTo(PublishedStudies.kouchaki2017Design());
        assertThat(READER.read(GoldenFiles.TEST_RESOURCES.resolve("golden/preclinical-study-lavasani-2010.json"),
                PreclinicalStudy.class).orElseThrow()).isEqualTo(PublishedStudies.lavasani2010Design());
        assertThat(READER.read(GoldenFiles.TEST_RESOURCES.resolve("golden/finding-kouchaki-2017-edss.json"),
                Finding.class).orElseThrow()).isEqualTo(PublishedStudies.kouchaki2017Edss());
        assertThat(READER.read(GoldenFiles.TEST_RESOURCES.resolve("golden/grade-assessment-edss.json"),
                GradeAssessment.class).orElseThrow()).isEqualTo(PublishedStudies.edssGrade());
        assertThat(READER.read(GoldenFiles.TEST_RESOURCES.resolve("golden/citation-tamtaji-2017.json"),
                Citation.class).orElseThrow()).isEqualTo(PublishedStudies.TAMTAJI_2017_CITATION);
        assertThat(READER.read(GoldenFiles.TEST_RESOURCES.resolve("golden/experiment-jangi-2016-1.json"),
                Experiment.class).orElseThrow()).isEqualTo(PublishedSignatures.jangi2016Experiment1());
        assertThat(READER.read(GoldenFiles.TEST_RESOURCES.resolve("golden/experiment-weis-2019-9-experiment-only.json"),
                Experiment.class).orElseThrow()).isEqualTo(PublishedSignatures.weis2019Experiment9());
        assertThat(READER.read(GoldenFiles.TEST_RESOURCES.resolve("golden/signature-jangi-2016-1-2.json"),
                Signature.class).orElseThrow()).isEqualTo(PublishedSignatures.jangi2016Signature2());
        try (NdjsonReader<ImmuneEffect> lines = READER.ndjson(
                GoldenFiles.TEST_RESOURCES.resolve("golden/immune-effect-rahimlou-2022.ndjson"), ImmuneEffect.class)) {
            assertThat(lines.stream().map(line -> line.result().orElseThrow()))
                    .containsExactlyElementsOf(PublishedStudies.rahimlou2022());
        }
    }

    @Test
    void everyFrozenFileIsCheckedAndEveryKindHasOne() throws IOException {
        Set<String> listed = documents().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(COMPAT)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(listed);
        }
        Set<String> kinds = documents().map(a -> MsbiomeJson.kindOf((Class<?>) a.get()[1])).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(MsbiomeJson.kinds());
    }

    /**
     * CNCM I-745 as format 1.0 files wrote it, under the maker's name "Saccharomyces boulardii" (msbiome now
     * files it under Saccharomyces cerevisiae; the frozen file keeps what was written).
     */
    static Strain makersNamedBoulardii() {
        return Strain.ofDeposits(new Taxon(TaxonName.of("Saccharomyces", "boulardii"), Optional.empty()),
                Deposit.of(CultureCollections.CNCM, "I-745"));
    }

    /**
     * BS01 as format 1.0 files wrote it, under the maker's name "Bifidobacterium lactis" (msbiome now files it
     * under Bifidobacterium animalis subsp. lactis; the frozen file keeps what was written). Reading keeps a taxon
     * as written (Taxon's constructor checks form only); since msbiome-taxonomy 2026.1 the name resolves to
     * B. animalis subsp. lactis (Masco et al. 2004) through Taxonomy, not through the reader.
     */
    static Strain makersNamedBs01() {
        return Strain.of(new Taxon(TaxonName.of("Bifidobacterium", "lactis"), Optional.empty()), "BS01",
                Deposit.of(CultureCollections.LMG, "P-21384"));
    }

    /** Test data only (not a published product). */
    static Formulation synbioticSachets() {
        return new Formulation(Optional.of("Test sachets"), Optional.of("Test maker"), FormulationKind.SYNBIOTIC,
                DeliveryForm.fromCode("sachet"),
                List.of(Component.of(Strains.LACTICASEIBACILLUS_PARACASEI_DSM_13434,
                                Strength.of(CfuAmount.of(new BigDecimal("5E+9")), DoseUnit.fromCode("sachet"))),
                        Component.of(makersNamedBs01(),
                                Strength.of(CfuAmount.of(new BigDecimal("2.5E+9")), DoseUnit.fromCode("sachet")))),
                List.of(PrebioticIngredient.of("inulin")), Optional.of(Viability.LIVE),
                Optional.of(UnitSize.grams("5")), Optional.of(new BigDecimal("1")));
    }

    /** Test data only (not a published product). */
    static Formulation prebioticPowder() {
        return new Formulation(Optional.empty(), Optional.empty(), FormulationKind.PREBIOTIC,
                DeliveryForm.fromCode("powder"), List.of(), List.of(PrebioticIngredient.of("inulin")),
                Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("10")));
    }
}
