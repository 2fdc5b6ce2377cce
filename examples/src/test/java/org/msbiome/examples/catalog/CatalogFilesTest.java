package org.msbiome.examples.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msbiome.examples.cli.MsbiomeCommand;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.ReadResult;

/** The catalog's files: every document passes the strict reader, the index lists exactly them, and bad files are refused. */
class CatalogFilesTest {
    /** The catalog's directory in the sources (tests run in the module's directory). */
    static final Path DIR = Path.of("src/main/resources/org/msbiome/examples/catalog");

    @TempDir
    Path temp;

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyDocumentOfTheCatalogPassesTheStrictReader() throws IOException {
        List<Path> files = jsonFiles(DIR);

        assertThat(files).hasSize(55);
        for (Path file : files) {
            ReadResult<Object> result = MsbiomeJson.reader().readAny(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(result.problems()).as(DIR.relativize(file).toString()).isEmpty();
        }
    }

    @Test
    void theIndexListsEveryDocumentOnceAndTheBundledCatalogReadsThem() throws IOException {
        List<String> listed = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("index.tsv"))) {
            String[] cells = line.split("\t");
            if (cells.length == 3 && Set.of("study", "finding", "citation", "experiment").contains(cells[1])) {
                listed.add(cells[2]);
            }
        }
        Set<String> onDisk = jsonFiles(DIR).stream().map(p -> DIR.relativize(p).toString().replace('\\', '/'))
                .collect(Collectors.toSet());

        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(onDisk);
        Catalog bundled = Catalog.bundled();
        int documents = bundled.entries().size() + bundled.findings().size() + bundled.publishedPooledResults().size()
                + bundled.experiments().size();
        assertThat(documents).isEqualTo(listed.size());
        assertThat(Catalog.load(DIR).entries()).isEqualTo(bundled.entries());
        assertThat(Catalog.load(DIR).publishedPooledResults()).isEqualTo(bundled.publishedPooledResults());
        assertThat(Catalog.load(DIR).experimentEntries()).isEqualTo(bundled.experimentEntries());
    }

    @Test
    void validateCommandFindsNoProblemInTheCatalogDirectory() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), "validate", DIR.toString());

        assertThat(exit).isEqualTo(MsbiomeCommand.OK);
        assertThat(out.toString()).isEqualTo("55 documents in 55 files: all valid\n");
        assertThat(err.toString()).isEmpty();
    }

    private Path copyOfCatalog() throws IOException {
        try (Stream<Path> walk = Files.walk(DIR)) {
            walk.forEach(p -> {
                try {
                    Path target = temp.resolve(DIR.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return temp;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void refusesACatalogWithProblemsAndListsEveryOneWithItsFile() throws IOException {
        Path copy = copyOfCatalog();
        replace(copy.resolve("index.tsv"), "Naseri 2025\tsource\t", "Naseri 2025\tpage\t");
        replace(copy.resolve("studies/salami-2019/finding-01-expanded-disability-status-scale.json"),
                "\"label\": \"Salami 2019\"", "\"label\": \"Salami 2019a\"");
        replace(copy.resolve("studies/kouchaki-2017/finding-05-hs-crp.json"), "\"pValue\"", "\"pvalue\"");
        replace(copy.resolve("published-pooled-results.tsv"), "edss\tMD\t", "edss\tWMD\t");

        assertThatThrownBy(() -> Catalog.load(copy))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("""
                        the catalog has 5 problems:
                        index.tsv:102: unknown field 'page'; expected one of study, finding, citation, experiment, source, left-out
                        studies/kouchaki-2017/finding-05-hs-crp.json: /finding/result/pvalue: [unknown-property] unknown \
                        property 'pvalue' of ComparisonResult; known properties: comparison, direction, pValue, treatment, \
                        comparator, effect
                        index.tsv:46: 'Salami 2019': a finding of 'Salami 2019' is about study 'Salami 2019a'; expected \
                        only findings of this study
                        index.tsv:99: 'Naseri 2025' has no source; expected where its values were read
                        published-pooled-results.tsv:18: effect measure 'WMD' is unknown; expected one of MD, SMD, SMDH, \
                        ROM, RR, OR, RD""");
    }
}
