package org.msbiome.core.immune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CytokineTest {
    @Test
    void multiChainCytokinesListEveryChainGene() {
        assertThat(Cytokines.IL_12.chains()).extracting(Gene::symbol).containsExactly("IL12A", "IL12B");
        assertThat(Cytokines.IL_23.chains()).extracting(Gene::symbol).containsExactly("IL23A", "IL12B");
        assertThat(Cytokines.IL_35.chains()).extracting(Gene::symbol).containsExactly("IL12A", "EBI3");
        assertThat(Cytokines.IL_27.chains()).extracting(Gene::symbol).containsExactly("IL27", "EBI3");
        assertThat(Cytokines.all()).filteredOn(Cytokine::isMultiChain)
                .containsExactly(Cytokines.IL_12, Cytokines.IL_23, Cytokines.IL_35, Cytokines.IL_27);
        assertThat(Cytokines.IL_12.gene()).isEmpty();
    }

    @Test
    void singleChainCytokinesHaveTheirGeneWithItsNcbiId() {
        assertThat(Cytokines.IFN_GAMMA.gene()).contains(Gene.of("IFNG", 3458));
        assertThat(Cytokines.IL_8.gene()).contains(Gene.of("CXCL8", 3576));
    }

    @Test
    void unverifiedClassLabelsAreAbsent() {
        assertThat(List.of(Cytokines.IL_4, Cytokines.IL_6, Cytokines.IL_23, Cytokines.IL_8, Cytokines.CXCL10,
                Cytokines.CCL2)).allSatisfy(c -> assertThat(c.usualClass()).isEmpty());
        assertThat(Cytokines.IL_10.usualClass()).contains(InflammatoryClass.ANTI_INFLAMMATORY);
        assertThat(Cytokines.IL_17A.usualClass()).contains(InflammatoryClass.PRO_INFLAMMATORY);
        assertThat(Cytokines.TGF_BETA_1.usualClass()).contains(InflammatoryClass.REGULATORY);
    }

    @Test
    void axesSayWhetherTheCytokineIsProducedByOrDrivesALineage() {
        assertThat(Cytokines.IL_23.axes()).containsExactly(Axis.drives(Lineage.TH17));
        assertThat(Cytokines.TGF_BETA_1.axes())
                .containsExactly(Axis.producedBy(Lineage.TREG), Axis.drives(Lineage.TH17));
    }

    @Test
    void crpHasNoGeneBecauseItsSymbolIsUnverified() {
        assertThat(Biomarkers.HS_CRP.gene()).isEmpty();
        assertThat(Biomarkers.CRP.gene()).isEmpty();
    }

    @Test
    void rejectsACytokineWithoutChains() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Cytokine("IL-99", List.of(), List.of(), Optional.empty(), List.of()))
                .withMessage("cytokine 'IL-99' has no chains; expected the gene of each chain, like IFNG");
    }

    @Test
    void rejectsANullAlias() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Biomarker("x", java.util.Arrays.asList("a", null), Optional.empty()))
                .withMessage("aliases[1]");
    }

    @Test
    void rejectsALowerCaseGeneSymbol() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Gene.of("ifng"))
                .withMessage("symbol 'ifng' is not an HGNC symbol; expected upper-case letters and digits, like 'IFNG'");
    }
}
