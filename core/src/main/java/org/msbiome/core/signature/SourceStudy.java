package org.msbiome.core.signature;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.evidence.Doi;
import org.msbiome.core.evidence.Pmid;
import org.msbiome.core.internal.Checks;

/**
 * The study an experiment comes from, as BugSigDB identifies and describes it: its ID (the PMID, or
 * {@code "Study 11"} for a study without one), identifiers and bibliographic fields as curated.
 *
 * @param id the study's ID in the source, e.g. {@code "27352007"}
 * @param pmid the PubMed ID, if given
 * @param doi the DOI, if given
 * @param design the study design as curated, e.g. {@code "case-control"}, if given
 * @param authors the author list as curated, if given
 * @param title the title, if given
 * @param journal the journal, if given
 * @param year the year of publication, if given
 * @param keywords the keywords, in the source's order
 * @since 0.1.0
 */
public record SourceStudy(String id, Optional<Pmid> pmid, Optional<Doi> doi, Optional<String> design,
        Optional<String> authors, Optional<String> title, Optional<String> journal, Optional<Integer> year,
        List<String> keywords) {
    /**
     * Checks that the ID is not blank and copies the keywords.
     *
     * @throws NullPointerException if a component or keyword is null
     * @throws IllegalArgumentException if the ID is blank, or a text or keyword is blank or holds a control
     *     character other than a line break or tab (curated text, WIRE-FORMAT.md)
     */
    public SourceStudy {
        id = Checks.requireNonBlank(id, "id");
        Objects.requireNonNull(pmid, "pmid");
        Objects.requireNonNull(doi, "doi");
        design = Checks.curatedText(design, "design");
        authors = Checks.curatedText(authors, "authors");
        title = Checks.curatedText(title, "title");
        journal = Checks.curatedText(journal, "journal");
        Objects.requireNonNull(year, "year");
        keywords = Checks.curatedTexts(keywords, "keywords");
    }
}
