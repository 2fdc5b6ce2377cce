package org.msbiome.io.bugsigdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.evidence.Doi;
import org.msbiome.core.evidence.Pmid;
import org.msbiome.core.microbiome.ProfilingMethod;
import org.msbiome.core.microbiome.UberonId;
import org.msbiome.core.signature.AbundanceDirection;
import org.msbiome.core.signature.CountingUnit;
import org.msbiome.core.signature.DiversityChange;
import org.msbiome.core.signature.DiversityIndex;
import org.msbiome.core.signature.DiversityResult;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.OntologyTerm;
import org.msbiome.core.signature.Signature;
import org.msbiome.core.signature.Signatures;
import org.msbiome.core.signature.TaxonConsensus;
import org.msbiome.core.taxonomy.Lineage;
import org.msbiome.core.taxonomy.NcbiTaxonId;
import org.msbiome.core.taxonomy.TaxonRank;
import org.msbiome.core.validation.MsbiomeValidation;

/** The BugSigDB excerpt of the 2025-08-05 export (37 rows; see its README in the shared reference). */
class BugSigDbImporterTest {
    static final String PROVENANCE = "BugSigDB 2025-08-05_03:29_UTC, License: Creative Commons Attribution 4.0"
            + " International, URL: https://bugsigdb.org";

    static String excerpt() throws IOException {
        try (InputStream in = BugSigDbImporterTest.class.getResourceAsStream("bugsigdb-excerpt.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static BugSigDbImport importExcerpt() throws IOException {
        return BugSigDbImporter.read(new StringReader(excerpt()));
    }

    static Experiment experiment(BugSigDbImport result, String id) {
        return result.experiments().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyRowOfTheExcerptImportsToAValueOrAReportedProblem() throws IOException {
        BugSigDbImport result = importExcerpt();
        BugSigDbReport report = result.report();
        // Counted from the BSDB IDs of the file: 21 studies, 28 experiments, 36 signature rows + 1 experiment-only.
        assertThat(report.rows()).isEqualTo(37);
        assertThat(report.studies()).isEqualTo(21);
        assertThat(report.experiments()).isEqualTo(28);
        assertThat(report.signatures()).isEqualTo(36);
        assertThat(result.experiments()).hasSize(28);
        assertThat(result.experiments().stream().mapToInt(e -> e.signatures().size()).sum()).isEqualTo(36);
        assertThat(report.provenance()).contains(PROVENANCE);
        assertThat(result.experiments()).allSatisfy(e -> {
            assertThat(e.provenance()).contains(PROVENANCE);
            assertThat(MsbiomeValidation.validator().validate(e)).isEmpty();
        });
        // Only the two deliberately unmapped columns are reported at header level; every other column is known.
        assertThat(report.issues(BugSigDbIssue.Kind.UNMAPPED)).extracting(BugSigDbIssue::column)
                .containsExactlyInAnyOrder("URL", "Signature page name");
        assertThat(report.issues(BugSigDbIssue.Kind.MISSING)).isEmpty();
        assertThat(report.mapped().get("BSDB ID")).isEqualTo(37L);
        // 36 directions and the experiment-only row's "NA", read as absent.
        assertThat(report.mapped().get("Abundance in Group 1")).isEqualTo(37L);
        // A column reported as unmapped has no value counted as mapped: each value is accounted for once.
        assertThat(report.mapped()).doesNotContainKeys("URL", "Signature page name");
    }

    @Test
    void jangi2016FirstSignatureFieldByField() throws IOException {
        Experiment e = experiment(importExcerpt(), "bsdb:27352007/1");
        assertThat(e.study().id()).isEqualTo("27352007");
        assertThat(e.study().design()).contains("case-control");
        assertThat(e.study().pmid()).contains(Pmid.of(27352007));
        assertThat(e.study().doi()).contains(Doi.parse("10.1038/ncomms12015"));
        assertThat(e.study().authors()).hasValueSatisfying(a -> assertThat(a)
                .startsWith("Jangi S, Gandhi R, Cox LM").endsWith("Bry L , Weiner HL").contains("Topçuolu BD"));
        assertThat(e.study().title()).contains("Alterations of the human gut microbiome in multiple sclerosis");
        assertThat(e.study().journal()).contains("Nature communications");
        assertThat(e.study().year()).contains(2016);
        assertThat(e.study().keywords()).isEmpty();
        assertThat(e.name()).contains("Experiment 1");
        assertThat(e.location()).contains("United States of America");
        assertThat(e.hostSpecies()).contains("Homo sapiens");
        assertThat(e.bodySite()).contains("Feces");
        assertThat(e.bodySiteId()).contains(new UberonId("UBERON:0001988"));
        assertThat(e.condition()).contains("Multiple sclerosis");
        assertThat(e.conditionTerms()).containsExactly(OntologyTerm.of("MONDO:0005301"));
        assertThat(e.group0().name()).isEqualTo("healthy controls");
        assertThat(e.group0().sampleSize()).contains(43);
        assertThat(e.group1().name()).isEqualTo("multiple sclerosis");
        assertThat(e.group1().definition()).contains("multiple sclerosis patients");
        assertThat(e.group1().sampleSize()).contains(60);
        assertThat(e.antibioticsExclusion()).contains("6 months");
        assertThat(e.sequencingMethod()).contains(ProfilingMethod.AMPLICON_16S);
        assertThat(e.variableRegion()).contains("4");
        assertThat(e.platform()).contains("Illumina");
        assertThat(e.dataTransformation()).isEmpty();
        assertThat(e.statisticalTest()).contains("DESeq2");
        assertThat(e.significanceThreshold()).contains(new BigDecimal("0.05"));
        assertThat(e.multipleTestingCorrection()).contains(true);
        assertThat(e.ldaScoreAbove()).isEmpty();
        assertThat(e.matchedOn()).isEmpty();
        assertThat(e.confounders()).isEmpty();
        assertThat(e.diversity()).containsExactly(
                new DiversityResult(DiversityIndex.SHANNON, DiversityChange.UNCHANGED),
                new DiversityResult(DiversityIndex.RICHNESS, DiversityChange.UNCHANGED));
        assertThat(e.signatures()).extracting(Signature::id)
                .containsExactly("bsdb:27352007/1/1", "bsdb:27352007/1/2");

        Signature s = e.signatures().get(0);
        assertThat(s.direction()).isEqualTo(AbundanceDirection.INCREASED);
        assertThat(s.source()).contains("Figure 2a, 2c, Table 2");
        assertThat(s.description()).contains("Compositional differences in fecal microbiota between patients of MS"
                + " compared to healthy controls using Illumina MiSeq");
        assertThat(s.curation().curatedDate()).contains(LocalDate.of(2021, 1, 10));
        assertThat(s.curation().curator()).contains("Rimsha Azhar");
        assertThat(s.curation().revisionEditor()).contains("WikiWorks");
        assertThat(s.curation().state()).contains("Complete");
        assertThat(s.curation().reviewer()).contains("Claregrieve1");
        assertThat(s.taxa()).hasSize(4);
        Lineage methanobrevibacter = s.taxa().get(0);
        assertThat(methanobrevibacter.entries()).extracting(Lineage.Entry::name).containsExactly("Methanobacteriati",
                "Methanobacteriota", "Methanobacteria", "Methanobacteriales", "Methanobacteriaceae",
                "Methanobrevibacter");
        assertThat(methanobrevibacter.entries()).extracting(en -> en.ncbiTaxonId().orElseThrow().value())
                .containsExactly(3366610, 28890, 183925, 2158, 2159, 2172);
        assertThat(s.taxa().get(1).deepestResolved().orElseThrow().name()).isEqualTo("Akkermansia");
        assertThat(s.taxa().get(1).last().ncbiTaxonId()).contains(NcbiTaxonId.of(239934));
        assertThat(s.taxa().get(2).last().name()).isEqualTo("Micromonospora");
        assertThat(s.taxa().get(3).entries()).extracting(Lineage.Entry::name)
                .containsExactly("Methanobacteriati", "Methanobacteriota");
        assertThat(s.provenance()).contains(PROVENANCE);
    }

    @Test
    void theExperimentOnlyRowIsKeptAsAnExperimentWithoutSignatures() throws IOException {
        Experiment e = experiment(importExcerpt(), "bsdb:31815177/9");
        assertThat(e.isExperimentOnly()).isTrue();
        assertThat(e.signatures()).isEmpty();
    }

    @Test
    void aQuotedFieldWithLineBreaksAndASecondSpeciesLevelAsSubspecies() throws IOException {
        BugSigDbImport result = importExcerpt();
        Experiment e = experiment(result, "bsdb:27362264/1");
        assertThat(e.antibioticsExclusion()).contains("2 weeks prior to delivery\n2 weeks after delivery");
        Lineage longum = e.signatures().get(0).taxa().stream()
                .filter(l -> l.last().name().equals("Bifidobacterium longum subsp. longum")).findFirst().orElseThrow();
        assertThat(longum.last().rank()).contains(TaxonRank.SUBSPECIES);
        // The row starts on line 27 of the file (comment line, header, 24 one-line rows before it).
        assertThat(result.report().issues(BugSigDbIssue.Kind.INFERRED))
                .extracting(BugSigDbIssue::row, BugSigDbIssue::line, BugSigDbIssue::column)
                .containsExactly(tuple(25L, 27L, "MetaPhlAn taxon names"));
        assertThat(BugSigDbImporter.read(new StringReader(excerpt().replace("bsdb:27362264/1/1", "bsdb:x")))
                .report().issues(BugSigDbIssue.Kind.REJECTED))
                .extracting(BugSigDbIssue::row, BugSigDbIssue::line).contains(tuple(25L, 27L));
        assertThat(BugSigDbImporter.read(new StringReader(excerpt().replace("bsdb:11/1/1", "bsdb:x")))
                .report().issues(BugSigDbIssue.Kind.REJECTED))
                .extracting(BugSigDbIssue::row, BugSigDbIssue::line).contains(tuple(1L, 3L));
    }

    @Test
    void emptyListEntriesAreReportedWithRowAndColumnAndDoNotShiftThePairing() throws IOException {
        BugSigDbImport result = importExcerpt();
        Signature s = experiment(result, "bsdb:29625474/1").signatures().get(0);
        // 13 entries, the 10th empty in both lists: 12 taxa, each with the taxids at its own position.
        assertThat(s.taxa()).hasSize(12);
        Lineage veillonella = s.taxa().get(9);
        assertThat(veillonella.last().name()).isEqualTo("Veillonella");
        assertThat(veillonella.last().ncbiTaxonId()).contains(NcbiTaxonId.of(29465));
        assertThat(s.taxa().get(8).last().ncbiTaxonId()).contains(NcbiTaxonId.of(577309));
        assertThat(result.report().issues(BugSigDbIssue.Kind.REJECTED))
                .filteredOn(i -> i.column().equals("MetaPhlAn taxon names"))
                .singleElement()
                .satisfies(i -> assertThat(i.reason()).isEqualTo("entry 10 of the taxon list is empty"));
    }

    @Test
    void naIsAbsent() throws IOException {
        Experiment study11 = experiment(importExcerpt(), "bsdb:11/1");
        assertThat(study11.study().id()).isEqualTo("Study 11");
        assertThat(study11.study().pmid()).isEmpty();
        assertThat(study11.study().doi()).isEmpty();
        assertThat(study11.study().year()).isEmpty();
        assertThat(study11.ldaScoreAbove()).isEmpty();
        assertThat(study11.diversity()).isEmpty();
    }

    @Test
    void unknownAndMissingColumnsAreReportedAndReadByName() throws IOException {
        String[] lines = excerpt().split("\n", 4);
        // A newer export: "Data transformation" added, "Reviewer" dropped, an unknown column, columns reordered.
        String header = "Sequencing depth,Data transformation," + lines[1].replace(",Reviewer", "");
        String row = "\"12,000\",relative abundance,bsdb:1/1/1,Study 1,case-control,NA,NA,NA,NA,NA,NA,NA,NA,"
                + "Experiment 1,Canada,Homo sapiens,Feces,UBERON:0001988,Multiple sclerosis,EFO:0003885,controls,"
                + "cases,NA,10,0,NA,WMS,NA,Illumina,LEfSe,0.05,FALSE,3.0,NA,NA,NA,NA,NA,NA,NA,NA,Signature 1,"
                + "Table 1,NA,NA,NA,NA,increased,k__Bacillati|p__Bacillota,1783272|1239,Complete";
        BugSigDbImport result = BugSigDbImporter.read(new StringReader(lines[0] + "\n" + header + "\n" + row + "\n"));
        BugSigDbReport report = result.report();
        assertThat(report.issues(BugSigDbIssue.Kind.UNMAPPED)).extracting(BugSigDbIssue::column)
                .contains("Sequencing depth");
        assertThat(report.issues(BugSigDbIssue.Kind.MISSING)).extracting(BugSigDbIssue::column)
                .containsExactly("Reviewer");
        Experiment e = result.experiments().get(0);
        assertThat(e.dataTransformation()).contains("relative abundance");
        assertThat(e.sequencingMethod()).contains(ProfilingMethod.SHOTGUN_METAGENOMICS);
        assertThat(e.ldaScoreAbove()).contains(new BigDecimal("3.0"));
        assertThat(e.hasCondition("EFO_0003885")).isTrue();
        // A sample size of 0 is rejected with its row and column, and stays absent.
        assertThat(e.group1().sampleSize()).isEmpty();
        assertThat(report.issues(BugSigDbIssue.Kind.REJECTED))
                .extracting(BugSigDbIssue::row, BugSigDbIssue::column, BugSigDbIssue::value)
                .containsExactly(tuple(1L, "Group 1 sample size", Optional.of("0")));
        assertThat(e.signatures().get(0).curation().reviewer()).isEmpty();
    }

    @Test
    void aControlCharacterInCuratedTextIsRejectedWithItsColumnAndTheRowStillImports() throws IOException {
        // Jangi 2016's description with an ESC [2J (clear screen) and a BEL: core refuses it as curated text.
        String jangiDescription = "Compositional differences in fecal microbiota between patients of MS compared to"
                + " healthy controls using Illumina MiSeq";
        String hostile = excerpt().replace(jangiDescription, "Compositional differences\u001b[2J\u0007");
        BugSigDbImport result = BugSigDbImporter.read(new StringReader(hostile));
        assertThat(result.report().issues(BugSigDbIssue.Kind.REJECTED))
                .filteredOn(i -> i.column().equals("Description"))
                .extracting(BugSigDbIssue::line)
                .hasSize(2);
        Experiment jangi = experiment(result, "bsdb:27352007/1");
        assertThat(jangi.signatures()).hasSize(2).allSatisfy(s -> assertThat(s.description()).isEmpty());
        assertThat(result.report().experiments()).isEqualTo(28);
    }

    @Test
    void aMissingCommentLineIsReported() throws IOException {
        String withoutComment = excerpt().split("\n", 2)[1];
        BugSigDbReport report = BugSigDbImporter.read(new StringReader(withoutComment)).report();
        assertThat(report.provenance()).isEmpty();
        assertThat(report.issues(BugSigDbIssue.Kind.MISSING)).extracting(BugSigDbIssue::column)
                .containsExactly("(comment line)");
        assertThat(report.experiments()).isEqualTo(28);
    }

    @Test
    void consensusOfTheMsStudiesOfTheExcerpt() throws IOException {
        List<Experiment> ms = importExcerpt().experiments().stream()
                .filter(e -> e.hasCondition("MONDO:0005301")).toList();
        // Read off the CSV: Tremlett 2016 experiment 3 lists Akkermansia increased (signature 1) and decreased
        // (signature 2), Methanobrevibacter increased; Jangi 2016 experiments 1-4 list Akkermansia increased,
        // experiments 1, 2 and 4 Methanobrevibacter increased.
        List<TaxonConsensus> perStudy = Signatures.consensus(ms, TaxonRank.GENUS);
        assertThat(row(perStudy, "Akkermansia")).extracting(TaxonConsensus::increased, TaxonConsensus::decreased,
                TaxonConsensus::conflicting, TaxonConsensus::pValue).containsExactly(1, 0, 1, 1.0);
        assertThat(row(perStudy, "Methanobrevibacter")).extracting(TaxonConsensus::increased,
                TaxonConsensus::decreased, TaxonConsensus::pValue).containsExactly(2, 0, 0.5);
        List<TaxonConsensus> perExperiment = Signatures.consensus(ms, TaxonRank.GENUS, CountingUnit.EXPERIMENT);
        assertThat(row(perExperiment, "Akkermansia")).extracting(TaxonConsensus::increased,
                TaxonConsensus::conflicting, TaxonConsensus::pValue).containsExactly(4, 1, 0.125);
        assertThat(row(perExperiment, "Methanobrevibacter")).extracting(TaxonConsensus::increased,
                TaxonConsensus::pValue).containsExactly(4, 0.125);
    }

    static TaxonConsensus row(List<TaxonConsensus> rows, String taxon) {
        return rows.stream().filter(r -> r.taxon().equals(taxon)).findFirst().orElseThrow();
    }
}
