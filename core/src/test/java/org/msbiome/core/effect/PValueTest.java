package org.msbiome.core.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PValueTest {
    static Stream<Arguments> published() {
        return Stream.of(
                argumentSet("exact with spaces", "P = 0.03", PValue.Relation.EQUAL, 0.03),
                argumentSet("inequality without spaces", "P<0.001", PValue.Relation.LESS_THAN, 0.001),
                argumentSet("lower-case p", "p<.001", PValue.Relation.LESS_THAN, 0.001),
                argumentSet("not significant", "p > 0.05", PValue.Relation.GREATER_THAN, 0.05),
                argumentSet("less or equal sign", "P ≤ 0.01", PValue.Relation.LESS_OR_EQUAL, 0.01),
                argumentSet("less or equal ascii", "P <= 0.01", PValue.Relation.LESS_OR_EQUAL, 0.01),
                argumentSet("greater or equal sign", "P ≥ 0.1", PValue.Relation.GREATER_OR_EQUAL, 0.1),
                argumentSet("without P", "< 0.05", PValue.Relation.LESS_THAN, 0.05),
                argumentSet("scientific notation", "P = 2e-5", PValue.Relation.EQUAL, 2e-5));
    }

    @ParameterizedTest
    @MethodSource("published")
    void keepsAnInequalityAsAnInequality(String text, PValue.Relation relation, double value) {
        assertThat(PValue.parse(text)).isEqualTo(new PValue(relation, value));
    }

    @Test
    void printsAsPublished() {
        assertThat(PValue.lessThan(0.05)).hasToString("P < 0.05");
    }

    @Test
    void rejectsTextThatIsNotAPValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PValue.parse("significant"))
                .withMessage("P value 'significant' is not in the form 'P = 0.03', 'P < 0.05' or 'P > 0.05'");
    }

    @Test
    void rejectsANonFiniteValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PValue.exactly(Double.NaN))
                .withMessage("P value 'NaN' is not a finite number");
    }

    @Test
    void relationFromCodeListsTheOperators() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PValue.Relation.fromCode("~"))
                .withMessage("P value relation '~' is unknown; expected one of =, <, <=, >, >=");
    }

    /**
     * Issue #18, D15: a printed P value beyond the range of a double is refused with the text as written,
     * never as "Infinity"; one that a double would round to 0 is refused rather than read as P = 0.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"P = 1e400", "P < 1e-400", "P = 9e999999999"})
    void aNumberBeyondTheRangeOfADoubleIsRefusedAsWritten(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PValue.parse(text))
                .withMessageContaining(text.substring(4)).withMessageNotContaining("Infinity");
    }
}
