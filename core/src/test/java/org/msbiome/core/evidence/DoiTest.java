package org.msbiome.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DOI syntax and case rules from the DOI Handbook §2.2 (https://www.doi.org/doi_handbook/2_Numbering.html). */
class DoiTest {

    static Stream<Arguments> validForms() {
        // Tamtaji 2017 (PMID 28922099) and Kouchaki 2017 (PMID 27669638), biology.md §5.1.
        return Stream.of(
                Arguments.argumentSet("bare", "10.1080/07315724.2017.1347074", "10.1080/07315724.2017.1347074"),
                Arguments.argumentSet("doi: prefix", "doi:10.1080/07315724.2017.1347074", "10.1080/07315724.2017.1347074"),
                Arguments.argumentSet("DOI: prefix, space", "DOI: 10.1016/j.clnu.2016.08.015", "10.1016/j.clnu.2016.08.015"),
                Arguments.argumentSet("https://doi.org/", "https://doi.org/10.1016/j.clnu.2016.08.015", "10.1016/j.clnu.2016.08.015"),
                Arguments.argumentSet("http://dx.doi.org/", "http://dx.doi.org/10.1039/d0fo03203d", "10.1039/d0fo03203d"),
                Arguments.argumentSet("https://dx.doi.org/", "https://dx.doi.org/10.1039/d0fo03203d", "10.1039/d0fo03203d"),
                Arguments.argumentSet("HTTPS://DOI.ORG/ upper-case", "HTTPS://DOI.ORG/10.3389/fnins.2022.901846", "10.3389/fnins.2022.901846"),
                Arguments.argumentSet("surrounding space", "  10.1038/s41598-023-46047-6 ", "10.1038/s41598-023-46047-6"),
                // Syntax-only examples (not real DOIs): a subdivided registrant code, a suffix with '/' and '()'.
                Arguments.argumentSet("subdivided prefix (syntax only)", "10.1000.10/123456", "10.1000.10/123456"),
                Arguments.argumentSet("suffix with slash and parentheses (syntax only)", "10.1000/a(1)/b", "10.1000/a(1)/b"));
    }

    @ParameterizedTest
    @MethodSource("validForms")
    void parsesAndStripsPrefixes(String text, String expected) {
        assertThat(Doi.parse(text).value()).isEqualTo(expected);
    }

    static Stream<Arguments> invalidForms() {
        String expected = "; expected '10.' + registrant code + '/' + suffix, like '10.1080/07315724.2017.1347074'";
        return Stream.of(
                Arguments.argumentSet("no directory indicator", "11.1080/07315724", "DOI '11.1080/07315724' is not a DOI name" + expected),
                Arguments.argumentSet("no suffix", "10.1080/", "DOI '10.1080/' is not a DOI name" + expected),
                Arguments.argumentSet("no slash", "10.1080", "DOI '10.1080' is not a DOI name" + expected),
                Arguments.argumentSet("letters in registrant", "10.abc/xyz", "DOI '10.abc/xyz' is not a DOI name" + expected),
                Arguments.argumentSet("inner space", "10.1080/0731 5724", "DOI '10.1080/0731 5724' is not a DOI name" + expected),
                Arguments.argumentSet("resolver without DOI", "https://doi.org/", "DOI '' is not a DOI name" + expected),
                Arguments.argumentSet("a PMID", "28922099", "DOI '28922099' is not a DOI name" + expected));
    }

    @ParameterizedTest
    @MethodSource("invalidForms")
    void rejectsWhatIsNotADoiName(String text, String message) {
        assertThatThrownBy(() -> Doi.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void rejectsBlankAndNull() {
        assertThatThrownBy(() -> Doi.parse(" ")).isInstanceOf(IllegalArgumentException.class).hasMessage("DOI must not be blank");
        assertThatThrownBy(() -> Doi.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("DOI");
    }

    @Test
    void constructorTakesTheCanonicalFormOnly() {
        assertThatThrownBy(() -> new Doi("doi:10.1039/d0fo03203d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DOI 'doi:10.1039/d0fo03203d' is not a DOI name");
    }

    @Test
    void comparesIgnoringCaseAndKeepsTheGivenCase() {
        Doi lower = Doi.parse("10.1039/d0fo03203d");
        Doi upper = Doi.parse("doi:10.1039/D0FO03203D");

        assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
        assertThat(upper.value()).isEqualTo("10.1039/D0FO03203D");
        assertThat(upper).hasToString("10.1039/D0FO03203D");
        assertThat(lower).isNotEqualTo(Doi.parse("10.1039/d0fo03203e"));
        assertThat(lower.url()).isEqualTo("https://doi.org/10.1039/d0fo03203d");
    }
}
