package org.msbiome.core.immune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every marker of the team's cytokine table (names, listed aliases, gene symbols) resolves. */
class MarkersTest {
    static Stream<Arguments> aliases() {
        return Stream.of(
                argumentSet("IFN-γ", "IFN-γ", Cytokines.IFN_GAMMA),
                argumentSet("IFN-gamma", "IFN-gamma", Cytokines.IFN_GAMMA),
                argumentSet("IFN gamma", "IFN gamma", Cytokines.IFN_GAMMA),
                argumentSet("IFNG", "IFNG", Cytokines.IFN_GAMMA),
                argumentSet("ifn-g", "ifn-g", Cytokines.IFN_GAMMA),
                argumentSet("TNF-α", "TNF-α", Cytokines.TNF_ALPHA),
                argumentSet("TNF-a", "TNF-a", Cytokines.TNF_ALPHA),
                argumentSet("TNF-alpha", "TNF-alpha", Cytokines.TNF_ALPHA),
                argumentSet("TNF", "TNF", Cytokines.TNF_ALPHA),
                argumentSet("IL-2", "IL-2", Cytokines.IL_2),
                argumentSet("IL2", "IL2", Cytokines.IL_2),
                argumentSet("IL-12", "IL-12", Cytokines.IL_12),
                argumentSet("IL-12p70", "IL-12 p70", Cytokines.IL_12),
                argumentSet("IL-4", "IL-4", Cytokines.IL_4),
                argumentSet("IL-5", "IL-5", Cytokines.IL_5),
                argumentSet("IL-13", "IL-13", Cytokines.IL_13),
                argumentSet("IL-17A", "IL-17A", Cytokines.IL_17A),
                argumentSet("IL-17", "IL-17", Cytokines.IL_17A),
                argumentSet("IL17A", "IL17A", Cytokines.IL_17A),
                argumentSet("IL-17F", "IL-17F", Cytokines.IL_17F),
                argumentSet("IL-22", "IL-22", Cytokines.IL_22),
                argumentSet("IL-23", "IL-23", Cytokines.IL_23),
                argumentSet("GM-CSF", "GM-CSF", Cytokines.GM_CSF),
                argumentSet("CSF2", "CSF2", Cytokines.GM_CSF),
                argumentSet("IL-6", "IL-6", Cytokines.IL_6),
                argumentSet("IL-1β", "IL-1β", Cytokines.IL_1_BETA),
                argumentSet("IL-1beta", "IL-1beta", Cytokines.IL_1_BETA),
                argumentSet("IL1B", "IL1B", Cytokines.IL_1_BETA),
                argumentSet("IL-10", "IL-10", Cytokines.IL_10),
                argumentSet("il10", "il10", Cytokines.IL_10),
                argumentSet("TGF-β1", "TGF-β1", Cytokines.TGF_BETA_1),
                argumentSet("TGF-beta1", "TGF-beta1", Cytokines.TGF_BETA_1),
                argumentSet("TGFB1", "TGFB1", Cytokines.TGF_BETA_1),
                argumentSet("IL-35", "IL-35", Cytokines.IL_35),
                argumentSet("IL-27", "IL-27", Cytokines.IL_27),
                argumentSet("IL-8", "IL-8", Cytokines.IL_8),
                argumentSet("IL8", "IL8", Cytokines.IL_8),
                argumentSet("CXCL8", "CXCL8", Cytokines.IL_8),
                argumentSet("CXCL10", "CXCL10", Cytokines.CXCL10),
                argumentSet("IP-10", "IP-10", Cytokines.CXCL10),
                argumentSet("CCL2", "CCL2", Cytokines.CCL2),
                argumentSet("MCP-1", "MCP-1", Cytokines.CCL2),
                argumentSet("hs-CRP", "hs-CRP", Biomarkers.HS_CRP),
                argumentSet("hsCRP", "hsCRP", Biomarkers.HS_CRP),
                argumentSet("CRP", "CRP", Biomarkers.CRP),
                argumentSet("NO", "NO", Biomarkers.NITRIC_OXIDE),
                argumentSet("nitric oxide", "Nitric Oxide", Biomarkers.NITRIC_OXIDE),
                argumentSet("MDA", "MDA", Biomarkers.MALONDIALDEHYDE),
                argumentSet("TAC", "TAC", Biomarkers.TOTAL_ANTIOXIDANT_CAPACITY),
                argumentSet("BDNF", "BDNF", Biomarkers.BDNF),
                argumentSet("insulin", "Insulin", Biomarkers.INSULIN),
                argumentSet("FoxP3", "Foxp3", Biomarkers.FOXP3),
                argumentSet("T-bet", "T-bet", Biomarkers.T_BET),
                argumentSet("TBX21", "TBX21", Biomarkers.T_BET),
                argumentSet("RORγt", "RORγt", Biomarkers.ROR_GAMMA_T),
                argumentSet("RORC", "RORC", Biomarkers.ROR_GAMMA_T),
                argumentSet("Treg", "Treg", CellPopulations.TREG),
                argumentSet("CD4+CD25+Foxp3+ Treg", "CD4+CD25+Foxp3+ Treg", CellPopulations.TREG),
                argumentSet("CD4+FoxP3+ Treg", "CD4+FoxP3+ Treg", CellPopulations.CD4_FOXP3_TREG),
                argumentSet("Th17", "Th17", CellPopulations.TH17),
                argumentSet("Th17 cells", "Th17 cells", CellPopulations.TH17),
                argumentSet("intermediate monocytes", "intermediate monocytes", CellPopulations.INTERMEDIATE_MONOCYTES),
                argumentSet("CD14high CD16low", "CD14high CD16low monocytes", CellPopulations.INTERMEDIATE_MONOCYTES),
                argumentSet("CD103+ DCs", "CD103+ DCs", CellPopulations.CD103_DENDRITIC_CELLS));
    }

    @ParameterizedTest
    @MethodSource("aliases")
    void resolvesEveryListedNameAndAlias(String alias, Marker expected) {
        assertThat(Markers.lookup(alias)).contains(expected);
        assertThat(Markers.resolve(alias)).isEqualTo(expected);
    }

    @Test
    void everyWellKnownMarkerResolvesFromEachOfItsNamesAndAliases() {
        for (Marker marker : Markers.all()) {
            for (String name : Markers.names(marker)) {
                assertThat(Markers.lookup(name)).as(name).contains(marker);
            }
        }
    }

    @Test
    void chainGenesOfMultiChainCytokinesAreNotKeysBecauseIl12bIsShared() {
        assertThat(Markers.lookup("IL12B")).isEmpty();
        assertThat(Markers.lookup("EBI3")).isEmpty();
    }

    @Test
    void aFamilyNameIsNotAnAliasOfOneMember() {
        assertThat(Markers.lookup("TGF-β")).isEmpty();
    }

    @Test
    void plusSignsAreSignificantInPhenotypes() {
        assertThat(Markers.lookup("CD4CD25FoxP3 Treg")).isEmpty();
    }

    @Test
    void resolveNamesSimilarMarkersWhenNothingMatches() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Markers.resolve("IL-1"))
                .withMessage("marker 'IL-1' is not a well-known marker; similar well-known markers: IL-12, IL-13, "
                        + "IL-17A, IL-17F, IL-1β, IL-10; record a marker the library does not list as an "
                        + "UnlistedMarker");
    }

    @Test
    void resolveSaysHowToRecordAnUnlistedMarker() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Markers.resolve("zonulin"))
                .withMessage("marker 'zonulin' is not a well-known marker; no well-known marker is similar; record "
                        + "a marker the library does not list as an UnlistedMarker");
    }
}
