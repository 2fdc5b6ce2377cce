package org.msbiome.core.microbiome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msbiome.core.taxonomy.Lineage;
import org.msbiome.core.taxonomy.LineageNotation;
import org.msbiome.core.validation.MsbiomeValidation;

/** Community profiles: the form in the constructor, the value rules as {@link ConsistentProfileValues}. */
class CommunityProfileTest {
    private static final List<Feature> FEATURES = List.of(
            Feature.of("GG_OTU_1", Lineage.parse("k__Bacteria; p__Proteobacteria; c__Gammaproteobacteria; "
                    + "o__Enterobacteriales; f__Enterobacteriaceae; g__Escherichia; s__", LineageNotation.GREENGENES)),
            Feature.of("GG_OTU_2"), Feature.unresolved("GG_OTU_3", "Unassigned;;"));
    private static final List<SampleInfo> SAMPLES = List.of(SampleInfo.of("S1"), SampleInfo.of("S2"));

    private static CommunityProfile.Builder builder(ValueKind kind) {
        return CommunityProfile.builder(ProfileMeasurement.ofValues(kind), FEATURES, SAMPLES);
    }

    private static List<String> violations(CommunityProfile p) {
        Set<ConstraintViolation<CommunityProfile>> v = MsbiomeValidation.validator().validate(p);
        return v.stream().map(c -> c.getPropertyPath() + ": " + c.getMessage()).sorted().toList();
    }

    @Test
    void storesOnlyNonZeroValuesInSampleAndFeatureOrder() {
        CommunityProfile p = builder(ValueKind.COUNTS).set(1, 2, 4).set(0, 1, 3).set("S1", "GG_OTU_1", 0)
                .set("S2", "GG_OTU_1", 7).build();
        assertThat(p.nonZeroCount()).isEqualTo(3);
        assertThat(p.nonZeroFeatures(1)).containsExactly(0, 2);
        assertThat(p.nonZeroValues(1)).containsExactly(7, 4);
        assertThat(p.dense(0)).containsExactly(0, 3, 0);
        assertThat(p.value(1, 2)).isEqualTo(4.0);
        assertThat(p.value(0, 0)).isEqualTo(0.0);
        assertThat(violations(p)).isEmpty();
        CommunityProfile same = builder(ValueKind.COUNTS).set("S2", "GG_OTU_1", 7).set(0, 1, 3).set(1, 2, 4).build();
        assertThat(same).isEqualTo(p).hasSameHashCodeAs(p);
    }

    @Test
    void keepsAnUnparsedLineageAsUnresolved() {
        assertThat(FEATURES.get(2).lineage()).isEmpty();
        assertThat(FEATURES.get(2).unparsedLineage()).contains("Unassigned;;");
    }

    @Test
    void rejectsDuplicateIdsAndValuesOutsideTheDeclaredSamplesAndFeatures() {
        assertThatIllegalArgumentException().isThrownBy(() -> CommunityProfile.builder(
                ProfileMeasurement.ofValues(ValueKind.COUNTS), List.of(Feature.of("A"), Feature.of("A")), SAMPLES))
                .withMessage("feature ID 'A' occurs twice; feature IDs are unique");
        assertThatIllegalArgumentException().isThrownBy(() -> CommunityProfile.builder(
                ProfileMeasurement.ofValues(ValueKind.COUNTS), FEATURES, List.of(SampleInfo.of("S"), SampleInfo.of("S"))))
                .withMessage("sample ID 'S' occurs twice; sample IDs are unique");
        assertThatIllegalArgumentException().isThrownBy(() -> builder(ValueKind.COUNTS).set(2, 0, 1))
                .withMessage("sample index 2 is out of range; the profile has 2 samples");
        assertThatIllegalArgumentException().isThrownBy(() -> builder(ValueKind.COUNTS).set("S1", "GG_OTU_9", 1))
                .withMessage("feature 'GG_OTU_9' is not declared");
        assertThatIllegalArgumentException().isThrownBy(() -> builder(ValueKind.COUNTS).set(0, 0, 1).set(0, 0, 2).build())
                .withMessage("sample 'S1', feature 'GG_OTU_1' has more than one value");
        assertThatIllegalArgumentException().isThrownBy(() -> builder(ValueKind.COUNTS).set(0, 0, Double.NaN))
                .withMessage("value NaN of sample 'S1', feature 'GG_OTU_1' is not finite");
    }

    @Test
    void countsAreNonNegativeIntegers() {
        assertThat(violations(builder(ValueKind.COUNTS).set(0, 0, 1.5).set(1, 0, -2).build())).containsExactly(
                "samples[0]: counts must be non-negative integers", "samples[1]: counts must be non-negative integers");
    }

    @Test
    void relativeAbundancesLieInRangeAndSumToOneUnlessFiltered() {
        assertThat(violations(builder(ValueKind.PROPORTION).set(0, 0, 0.25).set(0, 1, 0.75).set(1, 2, 1).build()))
                .isEmpty();
        assertThat(violations(builder(ValueKind.PROPORTION).set(0, 0, 0.25).set(0, 1, 0.5).set(1, 2, 1.5).build()))
                .containsExactly("samples[0]: proportions must sum to 1 unless the profile is filtered",
                        "samples[1]: a proportion must be between 0 and 1");
        assertThat(violations(builder(ValueKind.PROPORTION).filtered(true).set(0, 0, 0.25).build())).isEmpty();
        assertThat(violations(builder(ValueKind.PERCENT).set(0, 0, 60).set(0, 1, 39.99).build()))
                .containsExactly("samples[0]: percentages must sum to 100 unless the profile is filtered");
        assertThat(violations(builder(ValueKind.PERCENT).sumTolerance(1e-3).set(0, 0, 60).set(0, 1, 39.99).build()))
                .isEmpty();
    }

    @Test
    void measurementKeepsUnknownsAbsentAndChecksForm() {
        ProfileMeasurement m = new ProfileMeasurement(Optional.of(ProfilingMethod.AMPLICON_16S), Optional.of("V3–V4"),
                Optional.of("Illumina MiSeq"), Optional.empty(), Optional.of(VersionedName.of("SILVA", "138.1")),
                Optional.of("stool"), Optional.of(UberonId.FECES), ValueKind.RAREFIED_COUNTS, Optional.of(10_000L));
        assertThat(m.variableRegion()).contains("V3-V4");
        assertThat(m.pipeline()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new UberonId("UBERON:198"))
                .withMessage("Uberon ID 'UBERON:198' is malformed; expected 'UBERON:' and seven digits, like 'UBERON:0001988'");
        assertThatIllegalArgumentException().isThrownBy(() -> new ProfileMeasurement(
                Optional.of(ProfilingMethod.SHOTGUN_METAGENOMICS), Optional.of("V4"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), ValueKind.COUNTS, Optional.empty()))
                .withMessage("a variable region belongs to an amplicon method, not to shotgun-metagenomics");
        assertThatIllegalArgumentException().isThrownBy(() -> new ProfileMeasurement(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ValueKind.COUNTS,
                Optional.of(1000L))).withMessage("a rarefaction depth is given only for rarefied counts, not for counts");
    }

    @Test
    void rarefiedSamplesSumToTheDepth() {
        ProfileMeasurement m = new ProfileMeasurement(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ValueKind.RAREFIED_COUNTS,
                Optional.of(10L));
        CommunityProfile p = CommunityProfile.builder(m, FEATURES, SAMPLES).set(0, 0, 4).set(0, 1, 6).set(1, 0, 9).build();
        assertThat(violations(p)).containsExactly("samples[1]: a rarefied sample must sum to the rarefaction depth");
    }
}
