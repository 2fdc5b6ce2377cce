package org.msbiome.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PmcidTest {

    static Stream<Arguments> validForms() {
        // PMC5763484: Mangalam lab, Cell Reports 2017 (biology.md §5.3); PMC8284149: Blais 2021 (§5.2).
        return Stream.of(
                Arguments.argumentSet("canonical", "PMC5763484", "PMC5763484"),
                Arguments.argumentSet("lower-case prefix", "pmc8284149", "PMC8284149"),
                Arguments.argumentSet("mixed-case prefix", "Pmc8284149", "PMC8284149"),
                Arguments.argumentSet("surrounding space", " PMC5763484\t", "PMC5763484"));
    }

    @ParameterizedTest
    @MethodSource("validForms")
    void parsesAndUpperCasesThePrefix(String text, String canonical) {
        assertThat(Pmcid.parse(text).value()).isEqualTo(canonical);
    }

    static Stream<Arguments> invalidForms() {
        String expected = " is not 'PMC' followed by a positive integer; expected a form like 'PMC5763484'";
        return Stream.of(
                Arguments.argumentSet("bare digits (could be a PMID)", "5763484", "PMCID '5763484'" + expected),
                Arguments.argumentSet("prefix only", "PMC", "PMCID 'PMC'" + expected),
                Arguments.argumentSet("zero", "PMC0", "PMCID 'PMC0'" + expected),
                Arguments.argumentSet("leading zero", "PMC05763484", "PMCID 'PMC05763484'" + expected),
                Arguments.argumentSet("space after prefix", "PMC 5763484", "PMCID 'PMC 5763484'" + expected),
                Arguments.argumentSet("letters", "PMCabc", "PMCID 'PMCabc'" + expected));
    }

    @ParameterizedTest
    @MethodSource("invalidForms")
    void rejectsWhatIsNotAPmcid(String text, String message) {
        assertThatThrownBy(() -> Pmcid.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void rejectsANonPositiveNumber() {
        assertThatThrownBy(() -> new Pmcid(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PMCID number -1 is not positive; expected 'PMC' and a positive integer, like 'PMC5763484'");
    }

    @Test
    void comparesByNumber() {
        assertThat(Pmcid.parse("pmc5763484")).isEqualTo(new Pmcid(5763484)).hasToString("PMC5763484");
    }
}
