package org.msbiome.core.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.ProfileMeasurement;
import org.msbiome.core.microbiome.SampleInfo;
import org.msbiome.core.microbiome.ValueKind;

/** Diversity of a whole profile: scikit-bio's samples A–F (README cross-checked values), requirements checked first. */
class ProfileDiversityTest {
    private static final double[][] SAMPLES = {
        {1, 3, 0, 1, 0}, {0, 2, 0, 4, 4}, {0, 0, 6, 2, 1}, {0, 0, 1, 1, 1}, {5, 3, 5, 0, 0}, {0, 0, 0, 3, 5}};

    private static CommunityProfile profile(ValueKind kind, double scale) {
        List<Feature> features = FaithPdTest.OTUS.stream().map(Feature::of).toList();
        List<SampleInfo> samples = new ArrayList<>();
        for (String id : List.of("A", "B", "C", "D", "E", "F")) {
            samples.add(SampleInfo.of(id));
        }
        CommunityProfile.Builder b = CommunityProfile.builder(ProfileMeasurement.ofValues(kind), features, samples);
        for (int s = 0; s < SAMPLES.length; s++) {
            double total = 0;
            for (double v : SAMPLES[s]) {
                total += v;
            }
            for (int f = 0; f < 5; f++) {
                b.set(s, f, scale == 0 ? SAMPLES[s][f] : SAMPLES[s][f] / total * scale);
            }
        }
        return b.build();
    }

    @Test
    void faithPdAndUnifracOfAProfile() {
        CommunityProfile p = profile(ValueKind.COUNTS, 0);
        var alpha = ProfileDiversity.alpha(p, List.of(AlphaMeasure.FAITH_PD, AlphaMeasure.OBSERVED), LogBase.E, FaithPdTest.T1);
        double[] faith = {4.5, 4.75, 4.75, 4.75, 3.5, 2.75};
        for (int s = 0; s < 6; s++) {
            assertThat(alpha.get(s).results().get(0).value()).isCloseTo(faith[s], within(1e-12));
        }
        DistanceMatrix u = ProfileDiversity.beta(p, BetaMeasure.UNWEIGHTED_UNIFRAC, FaithPdTest.T1);
        assertThat(u.get("A", "F")).isCloseTo(0.619047619047619, within(1e-12));
        assertThat(u.measure()).isEqualTo(BetaMeasure.UNWEIGHTED_UNIFRAC);
    }

    @Test
    void relativeAbundancesGiveTheSameBrayCurtisAndWeightedUnifracAsProportionsOfCounts() {
        CommunityProfile percent = profile(ValueKind.PERCENT, 100);
        // Bray–Curtis on proportions differs from counts; weighted UniFrac uses proportions either way.
        assertThat(ProfileDiversity.beta(percent, BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC, FaithPdTest.T1).get("A", "B"))
                .isCloseTo(0.6, within(1e-12));
        assertThat(ProfileDiversity.alpha(percent, List.of(AlphaMeasure.SHANNON), LogBase.E, null).get(0)
                .results().get(0).value()).isCloseTo(
                        AlphaDiversity.shannon(SAMPLES[0], LogBase.E), within(1e-12));
    }

    @Test
    void requirementsAreCheckedBeforeAnySample() {
        CommunityProfile percent = profile(ValueKind.PERCENT, 100);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProfileDiversity.alpha(percent, List.of(AlphaMeasure.CHAO1), LogBase.E, null))
                .withMessage("chao1 needs counts, but the profile holds percent");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProfileDiversity.alpha(percent, List.of(AlphaMeasure.FAITH_PD), LogBase.E, null))
                .withMessage("faith-pd needs a phylogenetic tree");
        PhylogeneticTree small = PhylogeneticTree.parseNewick("(OTU1:1,OTU2:1);");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProfileDiversity.beta(percent, BetaMeasure.WEIGHTED_UNIFRAC, small))
                .withMessage("3 feature(s) are not tips of the tree: 'OTU3', 'OTU4', 'OTU5'");
    }
}
