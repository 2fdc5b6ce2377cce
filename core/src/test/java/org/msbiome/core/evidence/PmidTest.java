package org.msbiome.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PmidTest {

    static Stream<Arguments> validForms() {
        // PMIDs of Tamtaji 2017 and its notices, biology.md §5.1.
        return Stream.of(
                Arguments.argumentSet("digits", "28922099", 28922099L),
                Arguments.argumentSet("PMID: prefix", "PMID:38980210", 38980210L),
                Arguments.argumentSet("pmid: prefix with space", "pmid: 33155885", 33155885L),
                Arguments.argumentSet("surrounding space", " 27669638 ", 27669638L),
                Arguments.argumentSet("one", "1", 1L));
    }

    @ParameterizedTest
    @MethodSource("validForms")
    void parsesDigits(String text, long number) {
        Pmid pmid = Pmid.parse(text);
        assertThat(pmid.number()).isEqualTo(number);
        assertThat(pmid.value()).isEqualTo(Long.toString(number));
    }

    static Stream<Arguments> invalidForms() {
        String expected = " is not a positive integer without leading zeros; expected digits, like '28922099'";
        return Stream.of(
                Arguments.argumentSet("zero", "0", "PMID '0'" + expected),
                Arguments.argumentSet("negative", "-5", "PMID '-5'" + expected),
                Arguments.argumentSet("leading zero", "028922099", "PMID '028922099'" + expected),
                Arguments.argumentSet("letters", "PMC5763484", "PMID 'PMC5763484'" + expected),
                Arguments.argumentSet("decimal", "2892.2099", "PMID '2892.2099'" + expected),
                Arguments.argumentSet("too long", "1234567890123456789", "PMID '1234567890123456789'" + expected));
    }

    @ParameterizedTest
    @MethodSource("invalidForms")
    void rejectsWhatIsNotAPmid(String text, String message) {
        assertThatThrownBy(() -> Pmid.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void rejectsANonPositiveNumber() {
        assertThatThrownBy(() -> Pmid.of(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PMID 0 is not positive; expected a positive integer, like '28922099'");
    }

    @Test
    void comparesByNumber() {
        assertThat(Pmid.parse("PMID: 28922099")).isEqualTo(Pmid.of(28922099)).hasToString("28922099");
    }
}
