package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.Study;
import org.msbiome.io.MsbiomeJson;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * {@code msbiome export}: the escalc table read back equals metafor 3.8-1 (issue #20): study A -0.93 ± 1.62
 * (n 20) vs 0.05 ± 1.74 (n 20): SMD yi -0.5713667919, vi 0.1040807501; MD yi -0.98, vi 0.2826; study B
 * 1.2 ± 0.8 (n 15) vs 1.5 ± 0.9 (n 16): SMD yi -0.3424359465, vi 0.1310579953.
 */
class ExportCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Two findings shaped like the catalog's Kouchaki 2017 EDSS finding, with the groups (SDs stated). */
    private void writeStudies() throws IOException {
        Finding template;
        try (InputStream in = getClass().getResourceAsStream(
                "/org/msbiome/examples/catalog/studies/kouchaki-2017/finding-01-expanded-disability-status-scale.json")) {
            template = MsbiomeJson.reader().read(in, Finding.class).orElseThrow();
        }
        Files.writeString(dir.resolve("a.json"), MsbiomeJson.writer().write(
                finding(template, "Study A", MeanSummary.ofSd(20, -0.93, 1.62), MeanSummary.ofSd(20, 0.05, 1.74))));
        Files.writeString(dir.resolve("b.json"), MsbiomeJson.writer().write(
                finding(template, "Study B", MeanSummary.ofSd(15, 1.2, 0.8), MeanSummary.ofSd(16, 1.5, 0.9))));
    }

    private static Finding finding(Finding template, String label, MeanSummary treatment, MeanSummary comparator) {
        Study s = template.study();
        ComparisonResult r = template.result();
        return new Finding(new Study(label, s.citations(), s.design(), s.registrations()), template.intervention(),
                template.outcome(), template.subjects(), new ComparisonResult(r.comparison(), r.direction(), r.pValue(),
                        Optional.of(treatment), Optional.of(comparator), Optional.empty()));
    }

    private static List<Map<String, String>> readCsv(String csv, char separator) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        try (MappingIterator<Map<String, String>> rows = CsvMapper.shared().readerFor(Map.class).with(schema)
                .readValues(csv)) {
            return rows.readAll();
        }
    }

    @Test
    void theEscalcTableOfSmdsEqualsMetafor() throws IOException {
        writeStudies();

        Run run = run("export", dir.toString(), "--measure", "SMD");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        List<Map<String, String>> rows = readCsv(run.out(), ',');
        assertThat(rows.get(0).keySet()).containsExactly("study", "outcome", "yi", "vi", "measure", "n1i", "m1i",
                "sd1i", "n2i", "m2i", "sd2i");
        assertThat(rows).extracting(r -> r.get("study")).containsExactly("Study A", "Study B");
        assertThat(Double.parseDouble(rows.get(0).get("yi"))).isCloseTo(-0.5713667919, within(1e-9));
        assertThat(Double.parseDouble(rows.get(0).get("vi"))).isCloseTo(0.1040807501, within(1e-9));
        assertThat(Double.parseDouble(rows.get(1).get("yi"))).isCloseTo(-0.3424359465, within(1e-9));
        assertThat(Double.parseDouble(rows.get(1).get("vi"))).isCloseTo(0.1310579953, within(1e-9));
        assertThat(rows.get(0)).containsEntry("measure", "SMD").containsEntry("n1i", "20").containsEntry("m1i", "-0.93")
                .containsEntry("sd1i", "1.62").containsEntry("n2i", "20").containsEntry("m2i", "0.05")
                .containsEntry("sd2i", "1.74");
    }

    @Test
    void theMeanDifferenceAsTsvToAFileEqualsMetafor() throws IOException {
        writeStudies();
        Path tsv = dir.resolve("out/escalc.tsv");
        Files.createDirectories(tsv.getParent());

        Run run = run("export", dir.resolve("a.json").toString(), "--tsv", "-o", tsv.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        List<Map<String, String>> rows = readCsv(Files.readString(tsv, StandardCharsets.UTF_8), '\t');
        assertThat(Double.parseDouble(rows.get(0).get("yi"))).isCloseTo(-0.98, within(1e-12));
        assertThat(Double.parseDouble(rows.get(0).get("vi"))).isCloseTo(0.2826, within(1e-12));
        assertThat(rows.get(0)).containsEntry("measure", "MD");
    }

    @Test
    void theLongTableHasEveryFindingOfTheCatalogAndSaysWhyOneHasNoEffect() {
        Run run = run("export", "--table", "long");

        List<Map<String, String>> rows = readCsv(run.out(), ',');
        assertThat(rows).hasSizeGreaterThan(30);
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("study", "Naseri 2025")
                .containsEntry("outcome", "edss").containsEntry("estimate", "").containsEntry("note", "no group means"));
        assertThat(run.err()).isEmpty();
    }
}
