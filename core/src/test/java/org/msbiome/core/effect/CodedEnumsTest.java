package org.msbiome.core.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The coded enums of this package round-trip through their codes and reject unknown codes. */
class CodedEnumsTest {
    @ParameterizedTest
    @EnumSource(EffectMeasure.class)
    void effectMeasuresRoundTrip(EffectMeasure value) {
        assertThat(EffectMeasure.fromCode(value.code())).isSameAs(value);
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void directionsRoundTrip(Direction value) {
        assertThat(Direction.fromCode(value.code())).isSameAs(value);
    }

    @ParameterizedTest
    @EnumSource(Comparison.class)
    void comparisonsRoundTrip(Comparison value) {
        assertThat(Comparison.fromCode(value.code())).isSameAs(value);
    }

    @ParameterizedTest
    @EnumSource(VarianceFormula.class)
    void varianceFormulasRoundTrip(VarianceFormula value) {
        assertThat(VarianceFormula.fromCode(value.code())).isSameAs(value);
    }

    @ParameterizedTest
    @EnumSource(BiasCorrection.class)
    void biasCorrectionsRoundTrip(BiasCorrection value) {
        assertThat(BiasCorrection.fromCode(value.code())).isSameAs(value);
    }

    @ParameterizedTest
    @EnumSource(SdConversion.class)
    void sdConversionsRoundTrip(SdConversion value) {
        assertThat(SdConversion.fromCode(value.code())).isSameAs(value);
    }

    @Test
    void effectMeasureCodesAreMetaforMeasureNames() {
        assertThat(EffectMeasure.values()).extracting(EffectMeasure::code)
                .containsExactly("MD", "SMD", "SMDH", "ROM", "RR", "OR", "RD");
    }

    @Test
    void unknownCodeListsTheValidOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Direction.fromCode("up"))
                .withMessage("direction 'up' is unknown; expected one of increased, decreased, no-significant-change");
    }
}
