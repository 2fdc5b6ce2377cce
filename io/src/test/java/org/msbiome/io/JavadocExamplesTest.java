package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msbiome.core.taxonomy.Taxon;

/**
 * The code example in {@link MsbiomeJson}'s javadoc runs here, and {@link #theJavadocShowsTheCodeThatRunsHere}
 * checks that the javadoc shows exactly this code (its first {@code <pre>{@code ...}</pre>} block equals the
 * lines between "// javadoc example: MsbiomeJson" and "// end of example" below). core's
 * {@code JavadocExamplesTest} does the same for Taxon, Strain, Formulation, TrialDesign and MetaAnalysis.
 */
class JavadocExamplesTest {
    private static final Path TEST_SOURCE = Path.of("src/test/java/org/msbiome/io/JavadocExamplesTest.java");
    private static final Path SOURCE = Path.of("src/main/java/org/msbiome/io/MsbiomeJson.java");

    @Test
    void msbiomeJson() {
        // javadoc example: MsbiomeJson
        Taxon gasseri = Taxon.parse("Lactobacillus gasseri");
        String json = MsbiomeJson.writer().compact().write(gasseri);
        // {"format":"msbiome","version":"1.0","kind":"taxon",
        //  "taxon":{"name":{"genus":"Lactobacillus","species":"gasseri"},"ncbiTaxonId":1596}}
        ReadResult<Taxon> read = MsbiomeJson.reader().read(json, Taxon.class);
        read.orElseThrow().equals(gasseri);                   // true
        MsbiomeJson.reader().read("{}", Taxon.class).isValid();  // false: problems() says why (unknown-format)
        // end of example
        assertThat(json).isEqualTo("{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"taxon\","
                + "\"taxon\":{\"name\":{\"genus\":\"Lactobacillus\",\"species\":\"gasseri\"},\"ncbiTaxonId\":1596}}");
        assertThat(read.orElseThrow()).isEqualTo(gasseri);
        ReadResult<Taxon> empty = MsbiomeJson.reader().read("{}", Taxon.class);
        assertThat(empty.isValid()).isFalse();
        assertThat(empty.problems()).extracting(Problem::code).containsExactly(ProblemCode.UNKNOWN_FORMAT);
    }

    @Test
    void theJavadocShowsTheCodeThatRunsHere() throws IOException {
        assertThat(javadocExample(Files.readString(SOURCE, StandardCharsets.UTF_8), "MsbiomeJson"))
                .isEqualTo(testedExample(Files.readString(TEST_SOURCE, StandardCharsets.UTF_8), "MsbiomeJson"));
    }

    /** The first {@code <pre>{@code ...}</pre>} block of the type's own javadoc, without the comment's stars. */
    private static String javadocExample(String source, String type) {
        Matcher declaration = Pattern.compile("(?m)^public (?:final )?(?:record|class|interface) " + type + "\\b")
                .matcher(source);
        assertThat(declaration.find()).as("declaration of %s", type).isTrue();
        String javadoc = source.substring(source.lastIndexOf("/**", declaration.start()), declaration.start());
        int start = javadoc.indexOf("<pre>{@code\n");
        assertThat(start).as("%s's javadoc has a <pre>{@code ...}</pre> example", type).isNotNegative();
        int end = javadoc.indexOf("}</pre>", start);
        List<String> lines = javadoc.substring(start + "<pre>{@code\n".length(), end).lines()
                .map(line -> line.replaceFirst("^\\s*\\* ?", "")).toList();
        return String.join("\n", lines).strip();
    }

    /** The lines between "// javadoc example: Type" and "// end of example", without their indentation. */
    private static String testedExample(String testSource, String type) {
        String marker = "// javadoc example: " + type + "\n";
        int start = testSource.indexOf(marker);
        assertThat(start).as("an example of %s in the test", type).isNotNegative();
        int end = testSource.indexOf("// end of example", start);
        List<String> lines = testSource.substring(start + marker.length(), end).lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList()).strip();
    }
}
