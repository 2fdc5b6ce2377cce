package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.io.internal.Bindings;
import org.msbiome.io.internal.WireNames;

/**
 * The JSON property names are declared per type ({@code wire-names.txt}), not derived from the Java names:
 * every document of format 1.0 still reads and rewrites byte-identically with them, and a record component
 * without a declared name fails when the bindings are built.
 */
public class WireNamesTest {
    private static final MsbiomeReader READER = MsbiomeJson.reader();
    private static final MsbiomeWriter WRITER = MsbiomeJson.writer();

    /** The writer's golden documents and the frozen 1.0 documents that are in the writer's own form. */
    static Stream<Arguments> documentsOfFormat10() throws IOException {
        List<Path> files;
        try (Stream<Path> golden = Files.list(GoldenFiles.TEST_RESOURCES.resolve("golden"));
                Stream<Path> compat = Files.list(GoldenFiles.TEST_RESOURCES.resolve("compat/1.0"))) {
            files = Stream.concat(golden, compat)
                    .filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().startsWith("trial-")) // the test-only fixture kind
                    .filter(f -> !f.getFileName().toString().contains(".hand-written."))
                    .filter(f -> !f.getFileName().toString().contains(".version-"))
                    .sorted().toList();
        }
        return files.stream().map(f -> Arguments.argumentSet(f.getParent().getFileName() + "/" + f.getFileName(), f));
    }

    @ParameterizedTest
    @MethodSource("documentsOfFormat10")
    void everyDocumentOfFormat10ReadsAndRewritesByteIdentically(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);

        ReadResult<Object> read = READER.readAny(text);

        assertThat(read.problems()).isEmpty();
        assertThat(WRITER.write(read.orElseThrow())).isEqualTo(text.stripTrailing());
    }

    @Test
    void everyBoundRecordOfTheStandardBindingsHasItsNamesDeclaredInWireOrder() {
        Map<String, List<String>> declared = WireNames.standard().byType().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(WireNames.Name::json).toList()));
        Map<String, List<String>> bound = Bindings.standard().codecs().entrySet().stream()
                .filter(e -> e.getKey().isRecord() && e.getValue() instanceof org.msbiome.io.internal.ObjectCodec<?>)
                .collect(Collectors.toMap(e -> e.getKey().getName(),
                        e -> ((org.msbiome.io.internal.ObjectCodec<?>) e.getValue()).propertyNames().stream()
                                .filter(n -> !n.equals("type") || declared.get(e.getKey().getName()).contains("type"))
                                .toList()));

        assertThat(bound).isEqualTo(declared);
    }

    /** A record to bind in the tests below. */
    public record Sample(String label, int count, Optional<String> note) {}

    @Test
    void aRecordWithoutDeclaredNamesFailsWhenTheBindingsAreBuilt() {
        assertThatThrownBy(() -> Bindings.builder().kind("sample", Sample.class).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Sample.class.getName())
                .hasMessageContaining("has no declared JSON names");
    }

    @Test
    void aComponentWithoutADeclaredNameFailsWhenTheBindingsAreBuilt() {
        assertThatThrownBy(() -> Bindings.builder().names(Sample.class, "label", "count")
                        .kind("sample", Sample.class).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("components without a declared JSON name: [note]");
    }

    @Test
    void aDeclaredNameForAComponentTheRecordDoesNotHaveFails() {
        assertThatThrownBy(() -> Bindings.builder().names(Sample.class, "label", "count", "note", "size")
                        .kind("sample", Sample.class).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the JSON name 'size'")
                .hasMessageContaining("which the record does not have");
    }

    @Test
    void theWireNameAndOrderComeFromTheDeclarationNotFromTheJavaRecord() {
        Bindings bindings = Bindings.builder().names(Sample.class, "label", "remark=note", "n=count")
                .kind("sample", Sample.class).build();
        Sample sample = new Sample("a", 2, Optional.of("b"));

        String json = FixtureJson.writer(bindings).compact().write(sample);

        assertThat(json).isEqualTo(
                "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"sample\",\"sample\":"
                        + "{\"label\":\"a\",\"remark\":\"b\",\"n\":2}}");
        assertThat(FixtureJson.reader(bindings).read(json, Sample.class).orElseThrow()).isEqualTo(sample);
        assertThat(FixtureJson.reader(bindings).read(json.replace("\"n\"", "\"count\""), Sample.class).problems())
                .extracting(Problem::pointer).contains("/sample/count", "/sample/n");
    }
}
