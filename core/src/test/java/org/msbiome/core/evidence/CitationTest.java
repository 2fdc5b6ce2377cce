package org.msbiome.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationTest {

    /**
     * Tamtaji OR et al. 2017, J Am Coll Nutr 36(8):660–665, DOI 10.1080/07315724.2017.1347074, PMID 28922099:
     * expression of concern 2022 (PMID 33155885), retracted 2024 (PMID 38980210). Source: PubMed record
     * 28922099 as read for biology.md §5.1; the sources give the years only.
     */
    static Citation tamtaji2017() {
        return Citation.ofAuthors(List.of(Author.of("Tamtaji OR")), Year.of(2017))
                .withJournal("J Am Coll Nutr")
                .withDoi(Doi.parse("https://doi.org/10.1080/07315724.2017.1347074"))
                .withPmid(Pmid.parse("28922099"))
                .withNotice(IntegrityNotice.of(
                        IntegrityNoticeType.EXPRESSION_OF_CONCERN, PartialDate.ofYear(2022), Pmid.of(33155885)))
                .withNotice(IntegrityNotice.of(IntegrityNoticeType.RETRACTION, PartialDate.ofYear(2024), Pmid.of(38980210)));
    }

    @Test
    void tamtaji2017CarriesItsExpressionOfConcernAndRetraction() {
        Citation tamtaji = tamtaji2017();

        assertThat(tamtaji.doi()).contains(Doi.parse("10.1080/07315724.2017.1347074"));
        assertThat(tamtaji.pmid()).contains(Pmid.of(28922099));
        assertThat(tamtaji.integrityNotices()).extracting(IntegrityNotice::type)
                .containsExactly(IntegrityNoticeType.EXPRESSION_OF_CONCERN, IntegrityNoticeType.RETRACTION);
        assertThat(tamtaji.integrityNotices()).extracting(n -> n.date().toString()).containsExactly("2022", "2024");
        assertThat(tamtaji.isRetracted()).isTrue();
        assertThat(tamtaji.retraction()).map(IntegrityNotice::describe).contains("retraction 2024 (38980210)");
        assertThat(tamtaji.label()).isEqualTo("Tamtaji OR 2017");
    }

    @Test
    void tellsTheStatusKnownAtAGivenTime() {
        Citation tamtaji = tamtaji2017();

        assertThat(tamtaji.noticesKnownBy(LocalDate.of(2021, 6, 1))).isEmpty();
        assertThat(tamtaji.noticesKnownBy(LocalDate.of(2023, 1, 1))).extracting(IntegrityNotice::type)
                .containsExactly(IntegrityNoticeType.EXPRESSION_OF_CONCERN);
        // Only the year of the retraction is known, so it is certainly known only after 2024 ends.
        assertThat(tamtaji.noticesKnownBy(LocalDate.of(2024, 6, 1))).hasSize(1);
        assertThat(tamtaji.noticesKnownBy(LocalDate.of(2024, 12, 31))).hasSize(2);
    }

    @Test
    void aCitationWithoutNoticesIsNotRetracted() {
        // Kouchaki E 2017, Clin Nutr 36(5):1245–1249, DOI 10.1016/j.clnu.2016.08.015, PMID 27669638 (biology.md §5.1).
        Citation kouchaki = Citation.ofAuthors(List.of(Author.of("Kouchaki E")), Year.of(2017))
                .withJournal("Clin Nutr")
                .withDoi(Doi.parse("10.1016/j.clnu.2016.08.015"))
                .withPmid(Pmid.of(27669638));

        assertThat(kouchaki.isRetracted()).isFalse();
        assertThat(kouchaki.retraction()).isEmpty();
        assertThat(kouchaki.title()).isEmpty();
    }

    @Test
    void rejectsACitationThatIdentifiesNothing() {
        assertThatThrownBy(() -> new Citation(List.of(), Optional.of(Year.of(2017)), Optional.empty(), Optional.of("Clin Nutr"),
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("citation identifies nothing; expected at least one author, a title, a DOI, a PMID or a PMCID");
    }

    @Test
    void rejectsTheSameNoticeTwice() {
        IntegrityNotice retraction = IntegrityNotice.of(IntegrityNoticeType.RETRACTION, PartialDate.ofYear(2024), Pmid.of(38980210));
        Citation once = Citation.ofAuthors(List.of(Author.of("Tamtaji OR")), Year.of(2017)).withNotice(retraction);

        assertThatThrownBy(() -> once.withNotice(retraction))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("integrityNotices lists 'retraction 2024 (38980210)' twice; expected each notice once");
    }

    @Test
    void rejectsANoticeThatIsTheArticleItself() {
        Citation article = Citation.ofAuthors(List.of(Author.of("Tamtaji OR")), Year.of(2017)).withPmid(Pmid.of(28922099));

        assertThatThrownBy(() -> article.withNotice(
                        IntegrityNotice.of(IntegrityNoticeType.RETRACTION, PartialDate.ofYear(2024), Pmid.of(28922099))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("integrityNotices: notice '28922099' is the article's own identifier; expected the identifier of the notice");
    }

    @Test
    void rejectsBlankAndNullParts() {
        Citation article = Citation.ofAuthors(List.of(Author.of("Tamtaji OR")), Year.of(2017));
        assertThatThrownBy(() -> article.withTitle("  ")).isInstanceOf(IllegalArgumentException.class).hasMessage("title must not be blank");
        assertThatThrownBy(() -> Author.of(" ")).isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank");
        assertThatThrownBy(() -> Citation.ofAuthors(java.util.Arrays.asList(Author.of("A"), null), Year.of(2017)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("authors[1]");
        assertThatThrownBy(() -> IntegrityNotice.of(null, PartialDate.ofYear(2024)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("type");
    }

    @Test
    void labelsByTitleOrIdentifierWhenNoAuthorIsKnown() {
        Citation byTitle = new Citation(List.of(), Optional.empty(), Optional.of("Investigation of probiotics in multiple sclerosis"),
                Optional.empty(), Optional.empty(), Optional.of(Pmid.of(29307299)), Optional.empty(), List.of());
        Citation byId = new Citation(List.of(), Optional.of(Year.of(2013)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Pmid.of(23416238)), Optional.empty(), List.of());

        assertThat(byTitle.label()).isEqualTo("Investigation of probiotics in multiple sclerosis");
        assertThat(byId.label()).isEqualTo("23416238 2013");
    }

    @Test
    void startsFromASingleIdentifier() {
        // Salami 2019, DOI 10.1016/j.jff.2018.10.023 (first author unverified, biology.md §5.1).
        Citation salami = Citation.of(Doi.parse("10.1016/j.jff.2018.10.023")).withYear(Year.of(2019));
        Citation byPmcid = Citation.of(Pmcid.parse("PMC5763484"));

        assertThat(salami.authors()).isEmpty();
        assertThat(salami.label()).isEqualTo("10.1016/j.jff.2018.10.023 2019");
        assertThat(byPmcid.pmcid()).contains(new Pmcid(5763484));
        assertThat(byPmcid.doi()).isEmpty();
        assertThat(byPmcid.pmid()).isEmpty();
    }

    @Test
    void noticeTypesHaveKebabCodes() {
        assertThat(IntegrityNoticeType.fromCode("expression-of-concern")).isEqualTo(IntegrityNoticeType.EXPRESSION_OF_CONCERN);
        assertThatThrownBy(() -> IntegrityNoticeType.fromCode("erratum"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("integrity notice type 'erratum' is unknown; expected one of expression-of-concern, correction, retraction");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {20177, 999, 0, -2017})
    void rejectsAYearThatIsNotFourDigits(int year) {
        assertThatThrownBy(() -> Citation.ofAuthors(List.of(Author.of("Kouchaki E")), Year.of(year)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year '" + year + "' is not a year of publication; expected four digits, like 2017");
    }
}
