package org.msbiome.io.bugsigdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile values in one real row of the BugSigDB excerpt ({@code bsdb:11/1/1}; issue #18, D15 and the fuzzer's
 * finding): each is reported as a rejected field with a reason of the importer's own, never as an exception and
 * never with Java's parser messages ("For input string", "Character … is neither a decimal digit"), raw control
 * characters or the whole of a long value.
 */
class BugSigDbHostileValuesTest {
    static final String ROW_FILE = "BugSigDbImporterFuzzTestInputs/importExport/row-bsdb-11-1-1.csv";

    static String row() throws IOException {
        try (InputStream in = BugSigDbHostileValuesTest.class.getResourceAsStream(ROW_FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The row with one field (as the excerpt writes it, between commas) replaced. */
    static String replaced(String written, String by) throws IOException {
        String row = row();
        assertThat(row).contains(written);
        return row.replace(written, by);
    }

    static BugSigDbIssue onlyRejection(String export, String column) throws IOException {
        BugSigDbReport report = BugSigDbImporter.read(new StringReader(export)).report();
        return report.issues(BugSigDbIssue.Kind.REJECTED).stream().filter(i -> i.column().equals(column))
                .findFirst().orElseThrow(() -> new AssertionError("no rejection of " + column + " in " + report));
    }

    static Stream<Arguments> hostileNumbers() {
        String digits = "9".repeat(5_000);
        return Stream.of(
                Arguments.argumentSet("sample size beyond int", ",5,5,NA,16S,", ",99999999999,5,NA,16S,",
                        Columns.GROUP0_SIZE, "99999999999"),
                Arguments.argumentSet("sample size 1e999999999", ",5,5,NA,16S,", ",1e999999999,5,NA,16S,",
                        Columns.GROUP0_SIZE, "1e999999999"),
                Arguments.argumentSet("sample size with a control character", ",5,5,NA,16S,", ",1\u0001,5,NA,16S,",
                        Columns.GROUP0_SIZE, "1\\u0001"),
                Arguments.argumentSet("sample size of 5,000 digits", ",5,5,NA,16S,", "," + digits + ",5,NA,16S,",
                        Columns.GROUP0_SIZE, "99999"),
                Arguments.argumentSet("threshold with a control character", ",Mann-Whitney (Wilcoxon),0.1,",
                        ",Mann-Whitney (Wilcoxon),1\u0001,", Columns.THRESHOLD, "1\\u0001"),
                Arguments.argumentSet("threshold that is a word", ",Mann-Whitney (Wilcoxon),0.1,",
                        ",Mann-Whitney (Wilcoxon),abc,", Columns.THRESHOLD, "abc"),
                Arguments.argumentSet("curated date with a control character", ",10 January 2021,",
                        ",10 January\u0007 2021,", Columns.CURATED_DATE, "\\u0007"));
    }

    @ParameterizedTest
    @MethodSource("hostileNumbers")
    void aHostileValueIsRejectedWithTheImportersOwnReason(String written, String by, String column, String shown)
            throws IOException {
        BugSigDbIssue issue = onlyRejection(replaced(written, by), column);
        assertThat(issue.toString()).contains(shown).doesNotContainPattern("[\\x00-\\x1f\\x7f]")
                .doesNotContain("For input string", "neither a decimal digit", "could not be parsed");
        assertThat(issue.reason()).hasSizeLessThan(300);
    }

    /** The fuzzer's finding: core refuses a control character in a group name; the importer must say so. */
    @Test
    void aGroupNameWithAControlCharacterIsRejectedAndTheExperimentLeftOut() throws IOException {
        String export = replaced(",HIV pateints with normal tissue at 6 months,",
                ",HIV pateints with normal tissue\u0001 at 6 months,");
        BugSigDbImport result = BugSigDbImporter.read(new StringReader(export));
        assertThat(result.experiments()).isEmpty();
        BugSigDbIssue issue = onlyRejection(export, Columns.GROUP0_NAME);
        assertThat(issue.value()).contains("HIV pateints with normal tissue\u0001 at 6 months");
        assertThat(issue.reason()).contains("control character");
    }

    @Test
    void aGroupDefinitionWithAControlCharacterIsRejectedAndTheExperimentKept() throws IOException {
        String export = replaced(",Cases were identified by HIV rapid", ",Cases were\u001b[2J identified by HIV rapid");
        BugSigDbImport result = BugSigDbImporter.read(new StringReader(export));
        assertThat(result.experiments()).hasSize(1);
        assertThat(result.experiments().get(0).group1().definition()).isEmpty();
        assertThat(onlyRejection(export, Columns.GROUP1_DEFINITION).reason()).contains("control character");
    }

    @Test
    void aBsdbIdWithAControlCharacterIsRejected() throws IOException {
        BugSigDbImport result = BugSigDbImporter.read(new StringReader(replaced("bsdb:11/1/1,", "bsdb:1\u00011/1/1,")));
        assertThat(result.experiments()).isEmpty();
        assertThat(result.report().issues(BugSigDbIssue.Kind.REJECTED)).extracting(BugSigDbIssue::column)
                .containsExactly(Columns.BSDB_ID);
    }

    @Test
    void aStudyNameWithAControlCharacterIsRejectedAndTheStudyNamedByTheBsdbId() throws IOException {
        String export = replaced("bsdb:11/1/1,Study 11,", "bsdb:11/1/1,Study\u0085 11,");
        BugSigDbImport result = BugSigDbImporter.read(new StringReader(export));
        assertThat(result.experiments()).singleElement().satisfies(e -> assertThat(e.study().id()).isEqualTo("11"));
        assertThat(onlyRejection(export, Columns.STUDY).reason()).contains("control character");
    }

    /** The fuzzer's second finding: a blank column name made an issue without a column (an exception). */
    @Test
    void aBlankColumnNameIsReportedByItsPosition() throws IOException {
        String export = replaced(",Reviewer\n", ",Reviewer,\n");
        BugSigDbReport report = BugSigDbImporter.read(new StringReader(export)).report();
        assertThat(report.issues(BugSigDbIssue.Kind.UNMAPPED)).extracting(BugSigDbIssue::column)
                .contains("(column 51)");
    }
}
