package org.msbiome.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class UcumUnitTest {
    @ParameterizedTest
    @EnumSource(UcumUnit.class)
    void parsesAndLooksUpEveryCodeAsItself(UcumUnit unit) {
        assertThat(UcumUnit.parse(unit.code())).isSameAs(unit);
        assertThat(UcumUnit.fromCode(unit.code())).isSameAs(unit);
    }

    static Stream<Arguments> spellings() {
        return Stream.of(
                argumentSet("micro sign", "µg/mL", "ug/mL"),
                argumentSet("Greek mu", "μg/mL", "ug/mL"),
                argumentSet("mcg", "mcg/mL", "ug/mL"),
                argumentSet("lower-case litre", "pg/ml", "pg/mL"),
                argumentSet("spaces", " ng / mL ", "ng/mL"),
                argumentSet("CFU without brackets", "CFU/ml", "[CFU]/mL"),
                argumentSet("lower-case cfu per gram", "cfu/g", "[CFU]/g"),
                argumentSet("micromolar", "µmol/L", "umol/L"),
                argumentSet("μM", "μM", "umol/L"),
                argumentSet("international units", "IU/mL", "[iU]/mL"),
                argumentSet("micro international units (insulin, Kouchaki 2017)", "μIU/mL", "u[iU]/mL"),
                argumentSet("percent word", "Percent", "%"),
                argumentSet("weeks word in capitals", "Weeks", "wk"),
                argumentSet("months", "months", "mo"),
                argumentSet("years", "yr", "a"),
                argumentSet("hours", "hours", "h"),
                argumentSet("days", "days", "d"));
    }

    @ParameterizedTest
    @MethodSource("spellings")
    void parsesCommonSpellingsToTheCaseSensitiveCode(String text, String code) {
        assertThat(UcumUnit.parse(text).code()).isEqualTo(code);
    }

    @Test
    void rejectsUnknownUnitListingTheAcceptedCodes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UcumUnit.parse("furlongs"))
                .withMessage("unit 'furlongs' is not supported; expected one of the UCUM codes [CFU], [CFU]/mL, "
                        + "[CFU]/g, pg/mL, ng/mL, ug/mL, umol/L, [iU]/mL, u[iU]/mL, mg, mL, %, h, d, wk, mo, a "
                        + "(common spellings such as 'µg/mL', 'CFU/ml' or 'weeks' are accepted too)");
    }

    @Test
    void doesNotFoldTheCaseOfSymbolsBecauseCaseDistinguishesPrefixes() {
        assertThat(UcumUnit.lookup("Mg")).as("Mg is a megagram").isEmpty();
        assertThat(UcumUnit.lookup("PG/ML")).as("case-insensitive UCUM is another code system").isEmpty();
    }

    @Test
    void fromCodeAcceptsOnlyTheCaseSensitiveCode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UcumUnit.fromCode("µg/mL"))
                .withMessageStartingWith("UCUM code 'µg/mL' is not supported; expected one of the UCUM codes");
    }

    @Test
    void timeUnitsAreExactlyTheDurations() {
        assertThat(Arrays.stream(UcumUnit.values()).filter(UcumUnit::isTime).map(UcumUnit::code))
                .containsExactly("h", "d", "wk", "mo", "a");
    }
}
