package org.msbiome.core.immune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.effect.Direction;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.PValue;
import org.msbiome.core.effect.Spread;
import org.msbiome.core.measure.TimePoint;
import org.msbiome.core.measure.UcumUnit;
import org.msbiome.core.validation.MsbiomeValidation;

/**
 * Published immune results encoded exactly as published. Numbers, units and P values as the abstracts
 * give them; what they do not give (specimen, assay, group sizes, whether "±" is an SD) stays absent.
 */
class ImmuneEffectTest {
    /** Rahimlou M et al. 2022, Front Neurosci 16:901846, DOI 10.3389/fnins.2022.901846; 12 weeks, vs placebo. */
    static List<ImmuneEffect> rahimlou2022() {
        MeasurementContext week12 = MeasurementContext.unreported().withTimePoint(TimePoint.sinceStart(12, UcumUnit.WEEK));
        return List.of(
                new ImmuneEffect(Markers.resolve("CRP"), ComparisonResult.ofGroups(Comparison.VS_PLACEBO, Direction.DECREASED,
                        MeanSummary.ofPlusMinus(-0.93, 1.62), MeanSummary.ofPlusMinus(0.05, 1.74),
                        PValue.parse("P = 0.03")), week12),
                new ImmuneEffect(Markers.resolve("TNF-α"), ComparisonResult.ofGroups(Comparison.VS_PLACEBO, Direction.DECREASED,
                        MeanSummary.ofPlusMinus(-2.09, 1.88), MeanSummary.ofPlusMinus(0.48, 2.53),
                        PValue.parse("P = 0.015")), week12),
                new ImmuneEffect(Markers.resolve("IFN-γ"), ComparisonResult.ofGroups(Comparison.VS_PLACEBO, Direction.DECREASED,
                        MeanSummary.ofPlusMinus(-13.18, 7.33), MeanSummary.ofPlusMinus(-1.93, 5.99),
                        PValue.parse("P<0.001")), week12),
                new ImmuneEffect(Markers.resolve("FOXP3"),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.parse("P<0.05")), week12),
                new ImmuneEffect(new UnlistedMarker("TGF-β", MarkerKind.CYTOKINE),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.parse("P<0.05")), week12));
    }

    /** Salami 2019, J Funct Foods 52:8–13, DOI 10.1016/j.jff.2018.10.023; 4 months, vs placebo. */
    static List<ImmuneEffect> salami2019() {
        MeasurementContext month4 = MeasurementContext.unreported().withTimePoint(TimePoint.sinceStart(4, UcumUnit.MONTH));
        return List.of(
                new ImmuneEffect(Markers.resolve("IL-6"),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.DECREASED, PValue.parse("P = 0.01")), month4),
                new ImmuneEffect(Markers.resolve("hs-CRP"),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.DECREASED, PValue.parse("P = 0.03")), month4),
                new ImmuneEffect(Markers.resolve("IL-10"),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.parse("P<0.001")), month4),
                new ImmuneEffect(Markers.resolve("NO"),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.parse("P = 0.012")), month4));
    }

    /**
     * Kouchaki E et al. 2017, Clin Nutr 36(5):1245–1249, DOI 10.1016/j.clnu.2016.08.015, vs placebo, with
     * the units as published (hs-CRP in μg/mL, NO and MDA in μmol/L, insulin in μIU/mL). Our sources do not
     * say whether "±" is an SD or an SE, so it is kept as an unstated "±".
     */
    static List<ImmuneEffect> kouchaki2017() {
        return List.of(
                kouchaki("hs-CRP", "μg/mL", Direction.DECREASED, -1.3, 3.5, 0.4, 1.4, "P = 0.01"),
                kouchaki("NO", "μmol/L", Direction.INCREASED, 1.0, 7.9, -6.0, 8.3, "P = 0.002"),
                kouchaki("MDA", "μmol/L", Direction.DECREASED, 0.009, 0.4, 0.3, 0.5, "P = 0.04"),
                kouchaki("insulin", "μIU/mL", Direction.DECREASED, -2.9, 3.7, 1.1, 4.8, "P<0.001"));
    }

    private static ImmuneEffect kouchaki(
            String marker, String unit, Direction direction, double m1, double s1, double m2, double s2, String p) {
        return new ImmuneEffect(Markers.resolve(marker), ComparisonResult.ofGroups(Comparison.VS_PLACEBO, direction,
                MeanSummary.ofPlusMinus(30, m1, s1), MeanSummary.ofPlusMinus(30, m2, s2), PValue.parse(p)),
                MeasurementContext.unreported().withUnit(UcumUnit.parse(unit)));
    }

    @Test
    void rahimlou2022IsEncodedAsPublished() {
        List<ImmuneEffect> effects = rahimlou2022();

        assertThat(effects).extracting(e -> e.marker().name())
                .containsExactly("CRP", "TNF-α", "IFN-γ", "FOXP3", "TGF-β");
        assertThat(effects).allSatisfy(e -> {
            assertThat(e.comparison()).isEqualTo(Comparison.VS_PLACEBO);
            assertThat(e.effect()).isEmpty();
            assertThat(e.context().unit()).as("units not given").isEmpty();
            assertThat(e.context().specimen()).as("specimen not given").isEmpty();
        });
        ImmuneEffect ifnGamma = effects.get(2);
        assertThat(ifnGamma.marker()).isEqualTo(Cytokines.IFN_GAMMA);
        assertThat(ifnGamma.result().treatment()).contains(MeanSummary.ofPlusMinus(-13.18, 7.33));
        assertThat(ifnGamma.result().pValue()).contains(new PValue(PValue.Relation.LESS_THAN, 0.001));
        ImmuneEffect foxp3 = effects.get(3);
        assertThat(foxp3.marker()).isEqualTo(Biomarkers.FOXP3);
        assertThat(foxp3.direction()).isEqualTo(Direction.INCREASED);
        assertThat(foxp3.result().pValue()).contains(PValue.lessThan(0.05));
        assertThat(foxp3.result().treatment()).isEmpty();
        assertThat(effects.get(4).marker()).isEqualTo(new UnlistedMarker("TGF-β", MarkerKind.CYTOKINE));
    }

    @Test
    void rahimlouPlusMinusValuesAreKeptUnconvertedBecauseTheirKindIsNotStated() {
        assertThat(rahimlou2022().get(0).result().comparator())
                .get()
                .isInstanceOfSatisfying(MeanSummary.class, m -> {
                    assertThat(m.mean()).isEqualTo(0.05);
                    assertThat(m.spread()).isEqualTo(new Spread.Unspecified(1.74));
                    assertThat(m.n()).isEmpty();
                });
    }

    @Test
    void salami2019IsEncodedAsDirectionsAndPValues() {
        List<ImmuneEffect> effects = salami2019();

        assertThat(effects).extracting(ImmuneEffect::marker).containsExactly(
                Cytokines.IL_6, Biomarkers.HS_CRP, Cytokines.IL_10, Biomarkers.NITRIC_OXIDE);
        assertThat(effects).extracting(ImmuneEffect::direction).containsExactly(
                Direction.DECREASED, Direction.DECREASED, Direction.INCREASED, Direction.INCREASED);
        assertThat(effects).extracting(e -> e.result().pValue().orElseThrow()).containsExactly(
                PValue.exactly(0.01), PValue.exactly(0.03), PValue.lessThan(0.001), PValue.exactly(0.012));
        assertThat(effects).allSatisfy(e -> assertThat(e.context().timePoint())
                .contains(TimePoint.sinceStart(4, UcumUnit.MONTH)));
    }

    @Test
    void kouchakiUnitsAreStoredAsUcumCodes() {
        assertThat(kouchaki2017()).extracting(e -> e.context().unit().orElseThrow().code())
                .containsExactly("ug/mL", "umol/L", "umol/L", "u[iU]/mL");
    }

    @Test
    void everyPublishedEffectIsValid() {
        for (List<ImmuneEffect> study : List.of(rahimlou2022(), salami2019(), kouchaki2017())) {
            for (ImmuneEffect effect : study) {
                assertThat(MsbiomeValidation.validator().validate(effect)).as(effect.marker().name()).isEmpty();
            }
        }
    }

    @Test
    void aComputedEffectAgreesWithThePublishedDirection() {
        ImmuneEffect hsCrp = kouchaki2017().get(0);
        MeanSummary probiotic = (MeanSummary) hsCrp.result().treatment().orElseThrow();
        MeanSummary placebo = (MeanSummary) hsCrp.result().comparator().orElseThrow();

        ImmuneEffect withEffect = new ImmuneEffect(hsCrp.marker(),
                hsCrp.result().withEffect(
                        // an explicit, recorded assumption: the published "±" is read as an SD
                        org.msbiome.core.effect.EffectSizes.meanDifferenceAssumingPlusMinusIsSd(probiotic, placebo)),
                hsCrp.context());

        assertThat(withEffect.effect()).get().satisfies(e -> assertThat(e.estimate()).isEqualTo(-1.3 - 0.4));
        assertThat(MsbiomeValidation.validator().validate(withEffect)).isEmpty();
    }

    @Test
    void anUnreportedContextHasNothing() {
        assertThat(MeasurementContext.unreported()).isEqualTo(
                new MeasurementContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(MeasurementContext.unreported().withSpecimen(Specimen.PBMC_MRNA).withAssay(Assay.QPCR).specimen())
                .contains(Specimen.PBMC_MRNA);
    }
}
