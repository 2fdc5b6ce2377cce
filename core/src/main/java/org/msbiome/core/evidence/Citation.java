package org.msbiome.core.evidence;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.internal.Checks;

/**
 * A reference to a published article: authors, year, title, journal, its identifiers (DOI, PMID,
 * PMCID), and the integrity notices published about it over time (expressions of concern, corrections,
 * retractions).
 *
 * <p>A citation must identify something: it has at least one author, a title or an identifier. What the
 * source does not give stays empty. Built with {@link #of(List, Year, String, String)} and the
 * {@code withX} copies:
 *
 * <pre>{@code
 * Citation tamtaji = Citation.ofAuthors(List.of(Author.of("Tamtaji OR")), Year.of(2017))
 *         .withJournal("J Am Coll Nutr")
 *         .withDoi(Doi.parse("10.1080/07315724.2017.1347074"))
 *         .withPmid(Pmid.of(28922099))
 *         .withNotice(IntegrityNotice.of(IntegrityNoticeType.RETRACTION, PartialDate.ofYear(2024), Pmid.of(38980210)));
 * }</pre>
 *
 * @param authors the authors in the order printed; may be empty when the source names none
 * @param year the year of publication
 * @param title the title, trimmed
 * @param journal the journal (abbreviation or full name as the source gives it), trimmed
 * @param doi the DOI
 * @param pmid the PubMed identifier
 * @param pmcid the PubMed Central identifier
 * @param integrityNotices the notices about the article, in the order they were recorded; no duplicates
 * @since 0.1.0
 */
public record Citation(
        List<Author> authors,
        Optional<Year> year,
        Optional<String> title,
        Optional<String> journal,
        Optional<Doi> doi,
        Optional<Pmid> pmid,
        Optional<Pmcid> pmcid,
        List<IntegrityNotice> integrityNotices) {

    /**
     * Checks and normalises the components.
     *
     * @throws NullPointerException if a component, an author or a notice is null, naming it
     * @throws IllegalArgumentException if the title or journal is blank; if the citation has no author, no
     *     title and no identifier; if the year does not have four digits; if a notice is listed twice; or if a notice's identifier is one of the
     *     citation's own identifiers (a notice is a publication of its own)
     */
    public Citation {
        authors = Checks.copyOf(authors, "authors");
        Objects.requireNonNull(year, "year");
        year.ifPresent(y -> {
            if (y.getValue() < 1000 || y.getValue() > 9999) {
                throw new IllegalArgumentException("year " + Checks.quote(y) + " is not a year of publication;"
                        + " expected four digits, like 2017");
            }
        });
        title = Objects.requireNonNull(title, "title").map(t -> Checks.requireNonBlank(t, "title"));
        journal = Objects.requireNonNull(journal, "journal").map(j -> Checks.requireNonBlank(j, "journal"));
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(pmid, "pmid");
        Objects.requireNonNull(pmcid, "pmcid");
        integrityNotices = Checks.copyOf(integrityNotices, "integrityNotices");
        if (authors.isEmpty() && title.isEmpty() && doi.isEmpty() && pmid.isEmpty() && pmcid.isEmpty()) {
            throw new IllegalArgumentException(
                    "citation identifies nothing; expected at least one author, a title, a DOI, a PMID or a PMCID");
        }
        Set<IntegrityNotice> seen = new HashSet<>();
        for (IntegrityNotice notice : integrityNotices) {
            if (!seen.add(notice)) {
                throw new IllegalArgumentException("integrityNotices lists " + Checks.quote(notice.describe())
                        + " twice; expected each notice once");
            }
            Optional<PublicationId> id = notice.notice();
            if (id.isPresent() && (id.equals(doi.map(PublicationId.class::cast))
                    || id.equals(pmid.map(PublicationId.class::cast))
                    || id.equals(pmcid.map(PublicationId.class::cast)))) {
                throw new IllegalArgumentException("integrityNotices: notice " + Checks.quote(id.get().value())
                        + " is the article's own identifier; expected the identifier of the notice");
            }
        }
    }

    /**
     * A citation from its bibliographic fields, with no identifiers and no notices yet.
     *
     * @param authors the authors in the order printed; may be empty
     * @param year the year of publication
     * @param title the title
     * @param journal the journal
     * @return the citation
     * @throws NullPointerException if an argument is null, naming it
     * @throws IllegalArgumentException if the title or journal is blank
     */
    public static Citation of(List<Author> authors, Year year, String title, String journal) {
        return new Citation(authors, Optional.of(Objects.requireNonNull(year, "year")),
                Optional.of(Objects.requireNonNull(title, "title")), Optional.of(Objects.requireNonNull(journal, "journal")),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * A citation known by its authors and year only, as in older meta-analysis data sets
     * ({@code Aronson 1948}).
     *
     * @param authors the authors, at least one
     * @param year the year of publication
     * @return the citation
     * @throws NullPointerException if an argument is null, naming it
     * @throws IllegalArgumentException if {@code authors} is empty
     */
    public static Citation ofAuthors(List<Author> authors, Year year) {
        return new Citation(authors, Optional.of(Objects.requireNonNull(year, "year")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * A citation known by one identifier only, to be completed with the {@code withX} copies.
     *
     * @param id the DOI, PMID or PMCID
     * @return the citation
     * @throws NullPointerException if {@code id} is null
     */
    public static Citation of(PublicationId id) {
        Objects.requireNonNull(id, "id");
        return new Citation(List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                id instanceof Doi d ? Optional.of(d) : Optional.empty(),
                id instanceof Pmid p ? Optional.of(p) : Optional.empty(),
                id instanceof Pmcid c ? Optional.of(c) : Optional.empty(),
                List.of());
    }

    /**
     * A copy with this year of publication.
     *
     * @param newYear the year
     * @return the copy
     * @throws NullPointerException if {@code newYear} is null
     */
    public Citation withYear(Year newYear) {
        return new Citation(authors, Optional.of(Objects.requireNonNull(newYear, "year")), title, journal, doi, pmid,
                pmcid, integrityNotices);
    }

    /**
     * A copy with this title.
     *
     * @param newTitle the title
     * @return the copy
     * @throws NullPointerException if {@code newTitle} is null
     * @throws IllegalArgumentException if {@code newTitle} is blank
     */
    public Citation withTitle(String newTitle) {
        return new Citation(authors, year, Optional.of(Objects.requireNonNull(newTitle, "title")), journal, doi,
                pmid, pmcid, integrityNotices);
    }

    /**
     * A copy with this journal.
     *
     * @param newJournal the journal
     * @return the copy
     * @throws NullPointerException if {@code newJournal} is null
     * @throws IllegalArgumentException if {@code newJournal} is blank
     */
    public Citation withJournal(String newJournal) {
        return new Citation(authors, year, title, Optional.of(Objects.requireNonNull(newJournal, "journal")), doi,
                pmid, pmcid, integrityNotices);
    }

    /**
     * A copy with this DOI.
     *
     * @param newDoi the DOI
     * @return the copy
     * @throws NullPointerException if {@code newDoi} is null
     * @throws IllegalArgumentException if a notice already has this identifier
     */
    public Citation withDoi(Doi newDoi) {
        return new Citation(authors, year, title, journal, Optional.of(Objects.requireNonNull(newDoi, "doi")),
                pmid, pmcid, integrityNotices);
    }

    /**
     * A copy with this PMID.
     *
     * @param newPmid the PMID
     * @return the copy
     * @throws NullPointerException if {@code newPmid} is null
     * @throws IllegalArgumentException if a notice already has this identifier
     */
    public Citation withPmid(Pmid newPmid) {
        return new Citation(authors, year, title, journal, doi, Optional.of(Objects.requireNonNull(newPmid, "pmid")),
                pmcid, integrityNotices);
    }

    /**
     * A copy with this PMCID.
     *
     * @param newPmcid the PMCID
     * @return the copy
     * @throws NullPointerException if {@code newPmcid} is null
     * @throws IllegalArgumentException if a notice already has this identifier
     */
    public Citation withPmcid(Pmcid newPmcid) {
        return new Citation(authors, year, title, journal, doi, pmid,
                Optional.of(Objects.requireNonNull(newPmcid, "pmcid")), integrityNotices);
    }

    /**
     * A copy with {@code notice} added after the existing notices.
     *
     * @param notice the notice
     * @return the copy
     * @throws NullPointerException if {@code notice} is null
     * @throws IllegalArgumentException if the notice is already listed, or its identifier is one of the
     *     citation's own
     */
    public Citation withNotice(IntegrityNotice notice) {
        List<IntegrityNotice> notices = new ArrayList<>(integrityNotices);
        notices.add(Objects.requireNonNull(notice, "notice"));
        return new Citation(authors, year, title, journal, doi, pmid, pmcid, notices);
    }

    /**
     * Whether the article has been retracted (a retraction notice is recorded).
     *
     * @return true if a {@link IntegrityNoticeType#RETRACTION} notice is recorded
     */
    public boolean isRetracted() {
        return retraction().isPresent();
    }

    /**
     * The retraction notice, if one is recorded (the first one listed).
     *
     * @return the retraction notice, or empty
     */
    public Optional<IntegrityNotice> retraction() {
        return integrityNotices.stream().filter(n -> n.type() == IntegrityNoticeType.RETRACTION).findFirst();
    }

    /**
     * The notices known to have been published on or before {@code day}: those whose date's
     * {@linkplain PartialDate#latest() last possible day} is not after {@code day}. A notice dated only
     * {@code 2024} is therefore known by 2024-12-31, not before; use this to see the status an article had
     * at a given time.
     *
     * @param day the day
     * @return the notices known by that day, in the order recorded
     * @throws NullPointerException if {@code day} is null
     */
    public List<IntegrityNotice> noticesKnownBy(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return integrityNotices.stream().filter(n -> !n.date().latest().isAfter(day)).toList();
    }

    /**
     * A short label for people: the first author and the year ({@code Tamtaji OR 2017}), or else the
     * title, or else the first identifier.
     *
     * @return the label
     */
    public String label() {
        String yearText = year.map(y -> " " + y).orElse("");
        if (!authors.isEmpty()) {
            return authors.get(0).name() + yearText;
        }
        if (title.isPresent()) {
            return title.get() + yearText;
        }
        PublicationId id = doi.<PublicationId>map(d -> d)
                .or(() -> pmid.map(p -> p))
                .or(() -> pmcid.map(p -> p))
                .orElseThrow();
        return id.value() + yearText;
    }
}
