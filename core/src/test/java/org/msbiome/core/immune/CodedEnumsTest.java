package org.msbiome.core.immune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The coded enums of this package round-trip through their codes and reject unknown codes. */
class CodedEnumsTest {
    @ParameterizedTest
    @EnumSource(Specimen.class)
    void specimensRoundTrip(Specimen value) {
        assertThat(Specimen.fromCode(value.code())).isSameAs(value);
    }

    @ParameterizedTest
    @EnumSource(Assay.class)
    void assaysRoundTrip(Assay value) {
        assertThat(Assay.fromCode(value.code())).isSameAs(value);
    }

    @ParameterizedTest
    @EnumSource(MarkerKind.class)
    void markerKindsRoundTrip(MarkerKind value) {
        assertThat(MarkerKind.fromCode(value.code())).isSameAs(value);
    }

    @ParameterizedTest
    @EnumSource(Lineage.class)
    void lineagesRoundTrip(Lineage value) {
        assertThat(Lineage.fromCode(value.code())).isSameAs(value);
    }

    @Test
    void unknownSpecimenListsTheValidCodes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Specimen.fromCode("urine"))
                .withMessage("specimen 'urine' is unknown; expected one of serum, plasma, pbmc, pbmc-supernatant, "
                        + "pbmc-mrna, csf, stool, tissue");
    }

    @Test
    void unlistedMarkersAreTypedAndCompareByValue() {
        UnlistedMarker tgfBeta = new UnlistedMarker(" TGF-β ", MarkerKind.CYTOKINE);

        assertThat(tgfBeta).isEqualTo(new UnlistedMarker("TGF-β", MarkerKind.CYTOKINE));
        assertThat(tgfBeta.kind()).isEqualTo(MarkerKind.CYTOKINE);
        assertThat(tgfBeta.aliases()).isEmpty();
    }

    @Test
    void cellPopulationsKeepTheirPublishedPhenotype() {
        assertThat(CellPopulations.TREG.phenotype()).hasToString("[CD4+, CD25+, FoxP3+]");
        assertThat(CellPopulations.INTERMEDIATE_MONOCYTES.phenotype()).hasToString("[CD14high, CD16low]");
    }
}
