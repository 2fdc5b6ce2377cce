package org.msbiome.core.evidence.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.evidence.Author;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.IntegrityNotice;
import org.msbiome.core.evidence.IntegrityNoticeType;
import org.msbiome.core.evidence.PartialDate;
import org.msbiome.core.evidence.Pmid;

/**
 * Reproduces metafor 3.8-1 on the 13 BCG vaccine trials (data set {@code dat.bcg}; Colditz GA et al. 1994,
 * JAMA 271(9):698–702): log risk ratios from {@code escalc(measure = "RR")}, then {@code rma(yi, vi, method
 * = "FE" | "DL" | "REML")}. Reference values from the team's reference sheet {@code bcg-trials.md}.
 */
class MetaAnalysisTest {
    private static final String LOG_RR = "log risk ratio";

    /** trial, author, year, tpos, tneg, cpos, cneg (metafor dat.bcg). */
    private static final Object[][] BCG = {
        {1, "Aronson", 1948, 4, 119, 11, 128},
        {2, "Ferguson & Simes", 1949, 6, 300, 29, 274},
        {3, "Rosenthal et al", 1960, 3, 228, 11, 209},
        {4, "Hart & Sutherland", 1977, 62, 13536, 248, 12619},
        {5, "Frimodt-Moller et al", 1973, 33, 5036, 47, 5761},
        {6, "Stein & Aronson", 1953, 180, 1361, 372, 1079},
        {7, "Vandiviere et al", 1973, 8, 2537, 10, 619},
        {8, "TPT Madras", 1980, 505, 87886, 499, 87892},
        {9, "Coetzee & Berjak", 1968, 29, 7470, 45, 7232},
        {10, "Rosenthal et al", 1961, 17, 1699, 65, 1600},
        {11, "Comstock et al", 1974, 186, 50448, 141, 27197},
        {12, "Comstock & Webster", 1969, 5, 2493, 3, 2338},
        {13, "Comstock et al", 1976, 27, 16886, 29, 17825},
    };

    /** yi = ln((a/(a+b)) / (c/(c+d))), vi = 1/a − 1/(a+b) + 1/c − 1/(c+d), as escalc(measure = "RR"). */
    static List<StudyEffect<String>> bcg() {
        List<StudyEffect<String>> effects = new ArrayList<>();
        for (Object[] row : BCG) {
            double a = (Integer) row[3];
            double b = (Integer) row[4];
            double c = (Integer) row[5];
            double d = (Integer) row[6];
            double yi = Math.log((a / (a + b)) / (c / (c + d)));
            double vi = 1 / a - 1 / (a + b) + 1 / c - 1 / (c + d);
            Citation citation = Citation.ofAuthors(List.of(Author.of((String) row[1])), Year.of((Integer) row[2]));
            effects.add(StudyEffect.of("trial " + row[0], citation, LOG_RR, yi, vi));
        }
        return effects;
    }

    static Stream<Arguments> metaforResults() {
        return Stream.of(
                Arguments.argumentSet("fixed effect", PoolingMethod.FIXED_EFFECT,
                        -0.430285, 0.040499, -0.509661, -0.350909, 0.0, 92.117347),
                Arguments.argumentSet("DerSimonian-Laird", PoolingMethod.DERSIMONIAN_LAIRD,
                        -0.714117, 0.178742, -1.064445, -0.363789, 0.308760, 92.117347),
                Arguments.argumentSet("REML", PoolingMethod.REML,
                        -0.714532, 0.179782, -1.066898, -0.362167, 0.313243, 92.221386));
    }

    @Test
    void computesTrialOneLogRiskRatioAsEscalc() {
        StudyEffect<String> aronson = bcg().get(0);
        assertThat(aronson.estimate()).isCloseTo(-0.8893113339, within(1e-10));
        assertThat(aronson.variance()).isCloseTo(0.3255847650, within(1e-10));
    }

    @ParameterizedTest
    @MethodSource("metaforResults")
    void reproducesMetaforOnTheBcgTrials(
            PoolingMethod method, double estimate, double se, double ciLower, double ciUpper, double tau2, double i2) {
        PooledSummary<String> summary = MetaAnalysis.pool(bcg(), method);

        assertThat(summary.studies()).isEqualTo(13);
        assertThat(summary.degreesOfFreedom()).isEqualTo(12);
        assertThat(summary.measure()).isEqualTo(LOG_RR);
        assertThat(summary.estimate()).isCloseTo(estimate, within(1e-5));
        assertThat(summary.standardError()).isCloseTo(se, within(1e-5));
        assertThat(summary.confidenceInterval().lower()).isCloseTo(ciLower, within(1e-5));
        assertThat(summary.confidenceInterval().upper()).isCloseTo(ciUpper, within(1e-5));
        assertThat(summary.tau2()).isCloseTo(tau2, within(1e-5));
        assertThat(summary.i2()).isCloseTo(i2, within(1e-4));
        assertThat(summary.q()).isCloseTo(152.233008, within(1e-4));
        assertThat(summary.excluded()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("metaforResults")
    void reproducesMetaforToTheSixDecimalsItPrints(
            PoolingMethod method, double estimate, double se, double ciLower, double ciUpper, double tau2, double i2) {
        PooledSummary<String> summary = MetaAnalysis.pool(bcg(), method);

        assertThat(summary.estimate()).isCloseTo(estimate, within(5e-7));
        assertThat(summary.standardError()).isCloseTo(se, within(5e-7));
        assertThat(summary.tau2()).isCloseTo(tau2, within(5e-7));
        assertThat(summary.i2()).isCloseTo(i2, within(5e-7));
    }

    @Test
    void givesThePredictionIntervalOfRandomEffectsOnly() {
        PooledSummary<String> reml = MetaAnalysis.pool(bcg(), PoolingMethod.REML);
        double half = 1.959963984540054 * Math.sqrt(reml.standardError() * reml.standardError() + reml.tau2());

        assertThat(reml.predictionInterval()).hasValueSatisfying(pi -> {
            assertThat(pi.lower()).isCloseTo(reml.estimate() - half, within(1e-12));
            assertThat(pi.upper()).isCloseTo(reml.estimate() + half, within(1e-12));
        });
        assertThat(MetaAnalysis.pool(bcg(), PoolingMethod.FIXED_EFFECT).predictionInterval()).isEmpty();
    }

    @Test
    void widensTheIntervalsWithTheConfidenceLevel() {
        PooledSummary<String> ninetyNine =
                MetaAnalysis.pool(bcg(), PoolingMethod.DERSIMONIAN_LAIRD, PoolingOptions.defaults().withConfidenceLevel(0.99));

        assertThat(ninetyNine.confidenceLevel()).isEqualTo(0.99);
        assertThat(ninetyNine.confidenceInterval().upper() - ninetyNine.estimate())
                .isCloseTo(2.5758293035489004 * ninetyNine.standardError(), within(1e-12));
    }

    @Test
    void estimatesNoHeterogeneityWhenAllStudiesAgree() {
        Citation citation = Citation.ofAuthors(List.of(Author.of("Same")), Year.of(2000));
        List<StudyEffect<String>> same = List.of(
                StudyEffect.of("a", citation, LOG_RR, 0.5, 0.1),
                StudyEffect.of("b", citation, LOG_RR, 0.5, 0.2),
                StudyEffect.of("c", citation, LOG_RR, 0.5, 0.4));

        for (PoolingMethod method : PoolingMethod.values()) {
            PooledSummary<String> summary = MetaAnalysis.pool(same, method);
            assertThat(summary.estimate()).as(method.code()).isCloseTo(0.5, within(1e-12));
            assertThat(summary.q()).as(method.code()).isZero();
            assertThat(summary.i2()).as(method.code()).isZero();
            assertThat(summary.tau2()).as(method.code()).isZero();
        }
    }

    @Test
    void remlTau2MaximisesTheRestrictedLikelihoodOnGeneratedData() {
        Random random = new Random(20240705L);
        for (int run = 0; run < 20; run++) {
            int k = 3 + random.nextInt(10);
            double[] y = new double[k];
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = 0.01 + random.nextDouble() * 0.5;
                y[i] = random.nextGaussian() * Math.sqrt(v[i] + 0.2);
            }
            double tau2 = Rma.tau2(PoolingMethod.REML, y, v, Rma.intercept(k)).value();
            double best = restrictedLogLikelihood(y, v, tau2);
            for (double other : new double[] {tau2 + 1e-3, Math.max(0, tau2 - 1e-3), 0, tau2 * 2 + 0.1}) {
                assertThat(restrictedLogLikelihood(y, v, other)).as("run %d, tau2 %s vs %s", run, tau2, other)
                        .isLessThanOrEqualTo(best + 1e-9);
            }
        }
    }

    /** −½ Σ ln(vᵢ + τ²) − ½ ln Σwᵢ − ½ Σ wᵢ(yᵢ − μ̂)², up to a constant. */
    private static double restrictedLogLikelihood(double[] y, double[] v, double tau2) {
        double sumW = 0;
        double sumWy = 0;
        double logDet = 0;
        for (int i = 0; i < y.length; i++) {
            double w = 1 / (v[i] + tau2);
            sumW += w;
            sumWy += w * y[i];
            logDet += Math.log(v[i] + tau2);
        }
        double mu = sumWy / sumW;
        double rss = 0;
        for (int i = 0; i < y.length; i++) {
            rss += (y[i] - mu) * (y[i] - mu) / (v[i] + tau2);
        }
        return -0.5 * (logDet + Math.log(sumW) + rss);
    }

    @Test
    void leavesOutARetractedStudyAndSaysWhy() {
        List<StudyEffect<String>> effects = new ArrayList<>(bcg());
        Citation retracted = effects.get(0).citation().withPmid(Pmid.of(1))
                .withNotice(IntegrityNotice.of(IntegrityNoticeType.RETRACTION, PartialDate.ofYear(2024), Pmid.of(2)));
        effects.set(0, StudyEffect.of("trial 1", retracted, LOG_RR, effects.get(0).estimate(), effects.get(0).variance()));

        PooledSummary<String> summary = MetaAnalysis.pool(effects, PoolingMethod.REML);

        assertThat(summary.studies()).isEqualTo(12);
        assertThat(summary.included()).doesNotContain("trial 1");
        assertThat(summary.excluded()).containsExactly(
                new ExcludedStudy("trial 1", ExclusionReason.RETRACTED, "Aronson 1948: retraction 2024 (2)"));
        assertThat(summary.estimate()).isEqualTo(MetaAnalysis.pool(bcg().subList(1, 13), PoolingMethod.REML).estimate());
    }

    @Test
    void includesARetractedStudyWhenAskedTo() {
        List<StudyEffect<String>> effects = new ArrayList<>(bcg());
        Citation retracted = effects.get(0).citation()
                .withNotice(IntegrityNotice.of(IntegrityNoticeType.RETRACTION, PartialDate.ofYear(2024)));
        effects.set(0, StudyEffect.of("trial 1", retracted, LOG_RR, effects.get(0).estimate(), effects.get(0).variance()));

        PooledSummary<String> summary =
                MetaAnalysis.pool(effects, PoolingMethod.REML, PoolingOptions.defaults().includingRetracted());

        assertThat(summary.studies()).isEqualTo(13);
        assertThat(summary.excluded()).isEmpty();
        assertThat(summary.estimate()).isCloseTo(-0.714532, within(1e-5));
    }

    @Test
    void neverPoolsDifferentMeasures() {
        List<StudyEffect<String>> effects = new ArrayList<>(bcg());
        StudyEffect<String> first = effects.get(0);
        effects.set(0, StudyEffect.of(first.study(), first.citation(), "mean difference", first.estimate(), first.variance()));

        assertThatThrownBy(() -> MetaAnalysis.pool(effects, PoolingMethod.FIXED_EFFECT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("effects have different measures [mean difference, log risk ratio]; "
                        + "effects on different measures are never pooled together");
    }

    @Test
    void rejectsAStudyListedTwice() {
        List<StudyEffect<String>> effects = new ArrayList<>(bcg());
        effects.add(effects.get(0));

        assertThatThrownBy(() -> MetaAnalysis.pool(effects, PoolingMethod.DERSIMONIAN_LAIRD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("effects lists study 'trial 1' twice; expected each study once");
    }

    @Test
    void needsTwoStudiesAfterLeavingOutRetractedOnes() {
        List<StudyEffect<String>> two = bcg().subList(0, 2);
        Citation retracted = two.get(0).citation()
                .withNotice(IntegrityNotice.of(IntegrityNoticeType.RETRACTION, PartialDate.ofYear(2024)));
        List<StudyEffect<String>> effects = List.of(
                StudyEffect.of("trial 1", retracted, LOG_RR, two.get(0).estimate(), two.get(0).variance()), two.get(1));

        assertThatThrownBy(() -> MetaAnalysis.pool(effects, PoolingMethod.FIXED_EFFECT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only 1 of 2 studies remain after leaving out 1 retracted; expected at least 2 studies to pool");
        assertThatThrownBy(() -> MetaAnalysis.pool(List.<StudyEffect<String>>of(), PoolingMethod.FIXED_EFFECT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("effects is empty; expected the effects of at least 2 studies");
    }
}
