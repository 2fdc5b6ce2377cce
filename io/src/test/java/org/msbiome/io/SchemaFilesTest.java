package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.io.internal.Bindings;
import org.msbiome.io.internal.SchemaGenerator;
import org.msbiome.io.schema.MsbiomeSchemas;

/** The schema files in the repository and the jar are exactly what the codecs generate. */
class SchemaFilesTest {
    static java.util.List<String> kinds() {
        return MsbiomeJson.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void bundledSchemaIsTheGeneratedSchema(String kind) throws Exception {
        String generated = SchemaGenerator.text(Bindings.standard().kindNamed(kind).orElseThrow());
        GoldenFiles.assertMatches(GoldenFiles.MAIN_RESOURCES.resolve("org/msbiome/io/schema/" + kind + ".schema.json"),
                generated);
        assertThat(MsbiomeSchemas.text(kind)).isEqualTo(generated);
        try (InputStream in = MsbiomeSchemas.class.getResourceAsStream(kind + ".schema.json")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(generated);
        }
        assertThat(MsbiomeSchemas.id(kind)).hasToString("https://msbiome.org/schema/1.0/" + kind + ".schema.json");
        assertThat(generated).contains("\"$id\": \"https://msbiome.org/schema/1.0/" + kind + ".schema.json\"");
    }
}
