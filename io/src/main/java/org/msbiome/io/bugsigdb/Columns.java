package org.msbiome.io.bugsigdb;

import java.util.List;

/** The export's column names (BugSigDB export of 2025-08-05, plus "Data transformation" of later exports). */
final class Columns {
    static final String BSDB_ID = "BSDB ID";
    static final String STUDY = "Study";
    static final String STUDY_DESIGN = "Study design";
    static final String PMID = "PMID";
    static final String DOI = "DOI";
    static final String URL = "URL";
    static final String AUTHORS = "Authors list";
    static final String TITLE = "Title";
    static final String JOURNAL = "Journal";
    static final String YEAR = "Year";
    static final String KEYWORDS = "Keywords";
    static final String EXPERIMENT = "Experiment";
    static final String LOCATION = "Location of subjects";
    static final String HOST = "Host species";
    static final String BODY_SITE = "Body site";
    static final String UBERON = "UBERON ID";
    static final String CONDITION = "Condition";
    static final String EFO = "EFO ID";
    static final String GROUP0_NAME = "Group 0 name";
    static final String GROUP1_NAME = "Group 1 name";
    static final String GROUP1_DEFINITION = "Group 1 definition";
    static final String GROUP0_SIZE = "Group 0 sample size";
    static final String GROUP1_SIZE = "Group 1 sample size";
    static final String ANTIBIOTICS = "Antibiotics exclusion";
    static final String SEQUENCING_TYPE = "Sequencing type";
    static final String REGION = "16S variable region";
    static final String PLATFORM = "Sequencing platform";
    static final String TRANSFORMATION = "Data transformation";
    static final String TEST = "Statistical test";
    static final String THRESHOLD = "Significance threshold";
    static final String MHT = "MHT correction";
    static final String LDA = "LDA Score above";
    static final String MATCHED_ON = "Matched on";
    static final String CONFOUNDERS = "Confounders controlled for";
    static final List<String> DIVERSITY = List.of("Pielou", "Shannon", "Chao1", "Simpson", "Inverse Simpson", "Richness");
    static final String PAGE_NAME = "Signature page name";
    static final String SOURCE = "Source";
    static final String CURATED_DATE = "Curated date";
    static final String CURATOR = "Curator";
    static final String REVISION_EDITOR = "Revision editor";
    static final String DESCRIPTION = "Description";
    static final String ABUNDANCE = "Abundance in Group 1";
    static final String TAXA = "MetaPhlAn taxon names";
    static final String TAXIDS = "NCBI Taxonomy IDs";
    static final String STATE = "State";
    static final String REVIEWER = "Reviewer";

    /** Columns whose values describe the experiment (the same on every row of one experiment). */
    static final List<String> EXPERIMENT_LEVEL = List.of(STUDY, STUDY_DESIGN, PMID, DOI, URL, AUTHORS, TITLE,
            JOURNAL, YEAR, KEYWORDS, EXPERIMENT, LOCATION, HOST, BODY_SITE, UBERON, CONDITION, EFO, GROUP0_NAME,
            GROUP1_NAME, GROUP1_DEFINITION, GROUP0_SIZE, GROUP1_SIZE, ANTIBIOTICS, SEQUENCING_TYPE, REGION,
            PLATFORM, TRANSFORMATION, TEST, THRESHOLD, MHT, LDA, MATCHED_ON, CONFOUNDERS, "Pielou", "Shannon",
            "Chao1", "Simpson", "Inverse Simpson", "Richness");

    /** Columns whose values describe one signature; all "NA" on an experiment-only row. */
    static final List<String> SIGNATURE_LEVEL = List.of(PAGE_NAME, SOURCE, CURATED_DATE, CURATOR, REVISION_EDITOR,
            DESCRIPTION, ABUNDANCE, TAXA, TAXIDS, STATE, REVIEWER);

    /** Columns the 2025-08-05 export has; each missing one is reported. */
    static final List<String> EXPECTED = java.util.stream.Stream.of(List.of(BSDB_ID),
            EXPERIMENT_LEVEL.stream().filter(c -> !c.equals(TRANSFORMATION)).toList(), SIGNATURE_LEVEL)
            .flatMap(List::stream).toList();

    /** Columns read but deliberately not mapped, with the reason. */
    static final java.util.Map<String, String> NOT_MAPPED = java.util.Map.of(
            URL, "the study's web address is not part of SourceStudy; its PMID and DOI are",
            PAGE_NAME, "the signature's page name ('Signature 1') repeats the last part of its BSDB ID");

    private Columns() {}
}
