package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.ProfileMeasurement;
import org.msbiome.core.microbiome.SampleInfo;
import org.msbiome.core.microbiome.ValueKind;
import org.msbiome.io.schema.MsbiomeSchemas;

/**
 * The {@code community-profile} kind read strictly: every mistake of a table is reported in one call at its
 * pointer (values of an undeclared sample or feature, duplicate IDs, counts that are negative or not integers,
 * relative abundances out of range or not summing to 1), and sparse tables stay sparse on the wire.
 */
class CommunityProfileDocumentTest {
    private static final MsbiomeReader READER = MsbiomeJson.reader();
    private static final MsbiomeWriter WRITER = MsbiomeJson.writer();

    /** The biom-format project's rich example table (BIOM 1.0, 5 OTUs × 6 samples, counts). */
    private static final String RICH = WRITER.write(CoreRoundTripTest.biomExample("rich_sparse_otu_table.biom"));

    private static String replaceFirst(String document, String text, String replacement) {
        int at = document.indexOf(text);
        assertThat(at).as("'%s' in the document", text).isNotNegative();
        return document.substring(0, at) + replacement + document.substring(at + text.length());
    }

    @Test
    void theRichExampleReadsBackAsTheTableBiomGives() {
        CommunityProfile profile = READER.read(RICH, CommunityProfile.class).orElseThrow();
        // from the file: data entry [1,0,5] is GG_OTU_2 in Sample1 = 5; [3,5,1] is GG_OTU_4 in Sample6 = 1
        assertThat(profile.value(profile.sampleIndexOf("Sample1").orElseThrow(),
                profile.featureIndexOf("GG_OTU_2").orElseThrow())).isEqualTo(5.0);
        assertThat(profile.value(profile.sampleIndexOf("Sample6").orElseThrow(),
                profile.featureIndexOf("GG_OTU_4").orElseThrow())).isEqualTo(1.0);
        assertThat(profile.value(profile.sampleIndexOf("Sample1").orElseThrow(),
                profile.featureIndexOf("GG_OTU_1").orElseThrow())).isZero();
        assertThat(profile.nonZeroCount()).isEqualTo(15);
        assertThat(RICH).contains("\"Sample5\": {\n        \"GG_OTU_2\": 3\n      }");
    }

    @Test
    void reportsEveryMistakeOfACountTableInOneCall() {
        String d = RICH;
        d = replaceFirst(d, "\"GG_OTU_2\": 5", "\"GG_OTU_2\": -5");
        d = replaceFirst(d, "\"GG_OTU_2\": 1", "\"GG_OTU_2\": 1.5");
        d = replaceFirst(d, "\"GG_OTU_3\": 1", "\"GG_OTU_9\": 1");
        d = replaceFirst(d, "\"Sample6\": {", "\"Sample9\": {");
        d = replaceFirst(d, "\"GG_OTU_4\": 2", "\"GG_OTU_4\": \"2\"");
        d = replaceFirst(d, "\"GG_OTU_5\": 1", "\"GG_OTU_5\": 1E+999999");

        ReadResult<CommunityProfile> result = READER.read(d, CommunityProfile.class);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).extracting(Problem::pointer, Problem::code).containsExactlyInAnyOrder(
                tuple("/community-profile/values/Sample1/GG_OTU_2", ProblemCode.INVALID_VALUE),
                tuple("/community-profile/values/Sample2/GG_OTU_2", ProblemCode.INVALID_VALUE),
                tuple("/community-profile/values/Sample3/GG_OTU_9", ProblemCode.INVALID_VALUE),
                tuple("/community-profile/values/Sample9", ProblemCode.INVALID_VALUE),
                tuple("/community-profile/values/Sample1/GG_OTU_4", ProblemCode.WRONG_TYPE),
                tuple("/community-profile/values/Sample2/GG_OTU_5", ProblemCode.INVALID_VALUE));
        assertThat(result.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("-5", "non-negative integers")).anySatisfy(m -> assertThat(m)
                .contains("'GG_OTU_9'", "not one of the profile's features"));
    }

    @Test
    void reportsDuplicateIdsAtTheirId() {
        String d = RICH;
        d = replaceFirst(d, "\"id\": \"GG_OTU_3\"", "\"id\": \"GG_OTU_1\"");
        d = replaceFirst(d, "\"id\": \"Sample3\"", "\"id\": \"Sample2\"");

        ReadResult<CommunityProfile> result = READER.read(d, CommunityProfile.class);

        assertThat(result.problems()).extracting(Problem::pointer, Problem::code).contains(
                tuple("/community-profile/features/2/id", ProblemCode.INVALID_VALUE),
                tuple("/community-profile/samples/2/id", ProblemCode.INVALID_VALUE));
    }

    /**
     * Samples of proportions: s1 sums to 1, s2 to 0.9 once edited (not filtered), and s3 has a value above 1
     * once edited. The writer refuses such a profile (it writes nothing the reader would refuse), so the
     * mistakes are made in the written text.
     */
    @Test
    void reportsRelativeAbundancesOutOfRangeAtTheValueAndWrongSumsAtTheSample() {
        CommunityProfile profile = CommunityProfile.builder(ProfileMeasurement.ofValues(ValueKind.PROPORTION),
                        List.of(Feature.of("f1"), Feature.of("f2")),
                        List.of(SampleInfo.of("s1"), SampleInfo.of("s2"), SampleInfo.of("s3")))
                .set("s1", "f1", 0.25).set("s1", "f2", 0.75)
                .set("s2", "f1", 0.5).set("s2", "f2", 0.5)
                .set("s3", "f1", 1).build();
        String written = replaceFirst(WRITER.write(profile), "\"f2\": 0.5\n", "\"f2\": 0.4\n");
        assertThat(READER.read(written, CommunityProfile.class).problems())
                .extracting(Problem::pointer, Problem::code)
                .containsExactly(tuple("/community-profile/values/s2", ProblemCode.CONSTRAINT_VIOLATION));

        String outOfRange = replaceFirst(written, "\"f1\": 1\n", "\"f1\": 1.25\n");
        assertThat(READER.read(outOfRange, CommunityProfile.class).problems())
                .extracting(Problem::pointer, Problem::code)
                .containsExactly(tuple("/community-profile/values/s3/f1", ProblemCode.INVALID_VALUE));
    }

    @Test
    void aSampleWithoutValuesAndZerosAreLeftOffTheWire() {
        CommunityProfile profile = CommunityProfile.builder(ProfileMeasurement.ofValues(ValueKind.COUNTS),
                        List.of(Feature.of("f1"), Feature.of("f2")),
                        List.of(new SampleInfo("s1", Optional.of("p1"), Optional.empty(), Optional.empty(), Map.of()),
                                SampleInfo.of("s2")))
                .set("s1", "f2", 3).set("s1", "f1", 0).build();
        String json = WRITER.compact().write(profile);
        assertThat(json).endsWith("\"values\":{\"s1\":{\"f2\":3}}}}");
        assertThat(READER.read(json, CommunityProfile.class).orElseThrow()).isEqualTo(profile);
        assertThat(MsbiomeSchemas.validate(WRITER.write(profile))).isEmpty();
    }
}
