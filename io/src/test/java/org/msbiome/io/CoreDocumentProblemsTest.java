package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.GradeAssessment;
import org.msbiome.core.immune.ImmuneEffect;
import org.msbiome.core.preclinical.PreclinicalStudy;
import org.msbiome.fixtures.PublishedStudies;
import org.msbiome.io.schema.MsbiomeSchemas;

/**
 * Documents of the core kinds with mistakes: every mistake of a clinical trial is reported in one call at its
 * pointer, and the invalid documents whose mistake a schema can express are refused by both the bundled
 * schema and the reader.
 */
class CoreDocumentProblemsTest {
    private static final MsbiomeReader READER = MsbiomeJson.reader();
    private static final MsbiomeWriter WRITER = MsbiomeJson.writer();
    private static final String KOUCHAKI = WRITER.write(PublishedStudies.kouchaki2017Design());
    private static final String LAVASANI = WRITER.write(PublishedStudies.lavasani2010Design());
    private static final String RAHIMLOU = WRITER.write(PublishedStudies.rahimlou2022().get(0));
    private static final String TAMTAJI = WRITER.write(PublishedStudies.TAMTAJI_2017_CITATION);
    private static final String GRADE = WRITER.write(PublishedStudies.edssGrade());
    private static final String FINDING = WRITER.write(PublishedStudies.kouchaki2017Edss());

    /** Replaces the first occurrence, failing if the text is not there (so that every mistake is made). */
    private static String replaceFirst(String document, String text, String replacement) {
        int at = document.indexOf(text);
        assertThat(at).as("'%s' in the document", text).isNotNegative();
        return document.substring(0, at) + replacement + document.substring(at + text.length());
    }

    /** Kouchaki 2017 as written, with fourteen different mistakes. */
    static String mistakenTrial() {
        String d = KOUCHAKI;
        d = replaceFirst(d, "\"studyType\": \"INTERVENTIONAL\"", "\"studyType\": \"interventional\"");
        d = replaceFirst(d, "\"allocation\": \"RANDOMIZED\"", "\"allocation\": null");
        d = replaceFirst(d, "\"masking\": \"DOUBLE\",\n      \"whoMasked\": []",
                "\"masking\": \"NONE\",\n      \"whoMasked\": [\"PARTICIPANT\"]");
        d = replaceFirst(d, "\"count\": 60", "\"count\": \"60\"");
        d = replaceFirst(d, "\"phenotype\": \"rrms\"", "\"phenotype\": \"RRMS\"");
        d = replaceFirst(d, "\"participants\": 30", "\"participants\": -30");
        d = replaceFirst(d, "\"label\": \"placebo\",\n", "");
        d = replaceFirst(d, "\"ncbiTaxonId\": 1579", "\"ncbiTaxonId\": 1579.5");
        d = replaceFirst(d, "\"amount\": 2E+9", "\"amount\": \"2 × 10^19\"");
        d = replaceFirst(d, "\"duration\": \"P84D\"", "\"duration\": \"12 weeks\"");
        d = replaceFirst(d, "\"type\": \"placebo\"", "\"type\": \"sham\"");
        d = replaceFirst(d, "\"measure\": \"edss\"", "\"measure\": \"EDSS score\"");
        d = replaceFirst(d, "\"marker\": \"hs-CRP\"", "\"marker\": \"hsCRP\"");
        d = replaceFirst(d, "\"unit\": \"ug/mL\"", "\"unit\": \"µg/mL\"");
        d = replaceFirst(d, "\"studyType\"", "\"sponsor\": \"a university\",\n    \"studyType\"");
        return d;
    }

    @Test
    void reportsEveryMistakeOfAClinicalTrialInOneCall() {
        String document = mistakenTrial();
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("invalid/clinical-trial-mistakes.json"), document);

        ReadResult<TrialDesign> result = READER.read(document, TrialDesign.class);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems())
                .extracting(Problem::pointer, Problem::code)
                .containsExactlyInAnyOrder(
                        tuple("/clinical-trial/sponsor", ProblemCode.UNKNOWN_PROPERTY),
                        tuple("/clinical-trial/studyType", ProblemCode.UNKNOWN_CODE),
                        tuple("/clinical-trial/allocation", ProblemCode.NULL_VALUE),
                        tuple("/clinical-trial/masking/whoMasked", ProblemCode.CONSTRAINT_VIOLATION),
                        tuple("/clinical-trial/enrollment/count", ProblemCode.WRONG_TYPE),
                        tuple("/clinical-trial/population/phenotypes/0/phenotype", ProblemCode.UNKNOWN_CODE),
                        tuple("/clinical-trial/arms/0/participants", ProblemCode.CONSTRAINT_VIOLATION),
                        tuple("/clinical-trial/arms/1/label", ProblemCode.MISSING_PROPERTY),
                        tuple("/clinical-trial/interventions/0/formulation/components/0/strain/taxon/ncbiTaxonId",
                                ProblemCode.WRONG_TYPE),
                        tuple("/clinical-trial/interventions/0/formulation/components/0/strength/amount",
                                ProblemCode.WRONG_TYPE),
                        tuple("/clinical-trial/interventions/0/regimen/duration", ProblemCode.INVALID_VALUE),
                        tuple("/clinical-trial/interventions/1/type", ProblemCode.UNKNOWN_TYPE),
                        tuple("/clinical-trial/outcomes/0/measure", ProblemCode.UNKNOWN_CODE),
                        tuple("/clinical-trial/outcomes/4/measure/marker", ProblemCode.UNKNOWN_CODE),
                        tuple("/clinical-trial/outcomes/4/measure/unit", ProblemCode.UNKNOWN_CODE));
        assertThat(result.problems().stream().map(Problem::code).distinct()).hasSizeGreaterThanOrEqualTo(8);
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("invalid/clinical-trial-mistakes.problems.txt"),
                result.problems().stream().map(Problem::toString).collect(Collectors.joining("\n", "", "\n")));
        assertThat(MsbiomeSchemas.validate(document)).isNotEmpty();
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.argumentSet("clinical-trial: unknown phase", TrialDesign.class,
                        KOUCHAKI.replace("\"phases\": []", "\"phases\": [\"PHASE5\"]")),
                Arguments.argumentSet("clinical-trial: unknown standard measure", TrialDesign.class,
                        KOUCHAKI.replace("\"measure\": \"dass\"", "\"measure\": \"dass-21\"")),
                Arguments.argumentSet("clinical-trial: unknown marker name", TrialDesign.class,
                        KOUCHAKI.replace("\"marker\": \"hs-CRP\"", "\"marker\": \"C-reactive protein\"")),
                Arguments.argumentSet("clinical-trial: registry id as text", TrialDesign.class,
                        KOUCHAKI.replace("\"registrations\": []", "\"registrations\": [\"NCT01234567\"]")),
                Arguments.argumentSet("clinical-trial: EDSS as text", TrialDesign.class,
                        KOUCHAKI.replace("\"phenotypes\"", "\"minimumEdss\": \"2.5\",\n      \"phenotypes\"")),
                Arguments.argumentSet("preclinical-study: unknown species", PreclinicalStudy.class,
                        LAVASANI.replace("\"species\": \"mouse\"", "\"species\": \"hamster\"")),
                Arguments.argumentSet("preclinical-study: unknown disease model", PreclinicalStudy.class,
                        LAVASANI.replace("\"type\": \"eae\"", "\"type\": \"ms\"")),
                Arguments.argumentSet("preclinical-study: score levels as array", PreclinicalStudy.class,
                        LAVASANI.replace("\"groups\"", "\"clinicalScoreScale\": {\"name\": \"s\", \"levels\": [0, 1]},\n    \"groups\"")),
                Arguments.argumentSet("preclinical-study: score level not a number", PreclinicalStudy.class,
                        LAVASANI.replace("\"groups\"", "\"clinicalScoreScale\": {\"name\": \"s\", \"levels\": {\"0\": \"a\", \"one\": \"b\"}},\n    \"groups\"")),
                Arguments.argumentSet("preclinical-study: unknown SYRCLE item", PreclinicalStudy.class,
                        LAVASANI.replace("\"groups\"", "\"riskOfBias\": {\"judgements\": {\"luck\": \"low\"}},\n    \"groups\"")),
                Arguments.argumentSet("immune-effect: unknown spread type", ImmuneEffect.class,
                        RAHIMLOU.replaceFirst("\"type\": \"unspecified\"", "\"type\": \"sd\"")),
                Arguments.argumentSet("immune-effect: P value as text", ImmuneEffect.class,
                        RAHIMLOU.replace("\"value\": 0.03", "\"value\": \"0.03\"")),
                Arguments.argumentSet("immune-effect: unknown time point", ImmuneEffect.class,
                        RAHIMLOU.replace("\"type\": \"since-start\"", "\"type\": \"week\"")),
                Arguments.argumentSet("citation: PMID as number", Citation.class,
                        TAMTAJI.replace("\"pmid\": \"28922099\"", "\"pmid\": 28922099")),
                Arguments.argumentSet("citation: PMID with prefix", Citation.class,
                        TAMTAJI.replace("\"pmid\": \"28922099\"", "\"pmid\": \"PMID: 28922099\"")),
                Arguments.argumentSet("citation: DOI as URL", Citation.class,
                        TAMTAJI.replace("\"doi\": \"10.", "\"doi\": \"https://doi.org/10.")),
                Arguments.argumentSet("citation: notice date in words", Citation.class,
                        TAMTAJI.replace("\"date\": \"2022\"", "\"date\": \"May 2022\"")),
                Arguments.argumentSet("citation: notice id of no known kind", Citation.class,
                        TAMTAJI.replace("\"notice\": \"33155885\"", "\"notice\": \"pubmed 33155885\"")),
                Arguments.argumentSet("grade-assessment: unknown domain", GradeAssessment.class,
                        GRADE.replace("\"domain\": \"Imprecision\"", "\"domain\": \"imprecision\"")),
                Arguments.argumentSet("grade-assessment: fractional levels", GradeAssessment.class,
                        GRADE.replaceFirst("\"levels\": 1", "\"levels\": 1.5")),
                Arguments.argumentSet("finding: unknown study design type", Finding.class,
                        FINDING.replace("\"type\": \"clinical\"", "\"type\": \"observational\"")),
                Arguments.argumentSet("finding: missing result", Finding.class,
                        FINDING.substring(0, FINDING.indexOf(",\n    \"result\"")) + "\n  }\n}\n"));
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void schemaAndReaderBothRefuse(Class<?> type, String document) {
        assertThat(READER.read(document, type).isValid()).isFalse();
        assertThat(MsbiomeSchemas.validate(document)).isNotEmpty();
    }

    static Stream<Arguments> readerOnlyMistakes() {
        return Stream.of(
                Arguments.argumentSet("EDSS 0.5 is not a step", TrialDesign.class,
                        KOUCHAKI.replace("\"phenotypes\"", "\"minimumEdss\": 0.5,\n      \"phenotypes\""),
                        "/clinical-trial/population/minimumEdss", ProblemCode.INVALID_VALUE),
                Arguments.argumentSet("registry id of the wrong form", TrialDesign.class,
                        KOUCHAKI.replace("\"registrations\": []", "\"registrations\": [{\"registry\": "
                                + "\"clinicaltrials-gov\", \"value\": \"NCT123\"}]"),
                        "/clinical-trial/registrations/0", ProblemCode.INVALID_VALUE),
                Arguments.argumentSet("score level listed twice", PreclinicalStudy.class,
                        LAVASANI.replace("\"groups\"", "\"clinicalScoreScale\": {\"name\": \"s\", \"levels\": "
                                + "{\"1\": \"a\", \"1.0\": \"b\"}},\n    \"groups\""),
                        "/preclinical-study/clinicalScoreScale/levels/1.0", ProblemCode.INVALID_VALUE),
                Arguments.argumentSet("P value above 1", ImmuneEffect.class,
                        RAHIMLOU.replace("\"value\": 0.03", "\"value\": 3"),
                        "/immune-effect/result/pValue/value", ProblemCode.CONSTRAINT_VIOLATION),
                Arguments.argumentSet("notice day that does not exist", Citation.class,
                        TAMTAJI.replace("\"date\": \"2022\"", "\"date\": \"2022-02-30\""),
                        "/citation/integrityNotices/0/date", ProblemCode.INVALID_VALUE));
    }

    @ParameterizedTest
    @MethodSource("readerOnlyMistakes")
    void readerRefusesWhatTheSchemaCannotExpress(Class<?> type, String document, String pointer, ProblemCode code) {
        assertThat(MsbiomeSchemas.validate(document)).isEmpty();
        assertThat(READER.read(document, type).problems())
                .extracting(Problem::pointer, Problem::code)
                .containsExactly(tuple(pointer, code));
    }
}
