package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.strain.Strains;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class MsbiomeModuleTest {

    @Test
    void isFoundByServiceLoader() throws Exception {
        // On the module path a module must declare that it uses a service; this test module declares it here.
        MsbiomeModuleTest.class.getModule().addUses(JacksonModule.class);
        assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(MsbiomeModule.class);
        // The class-path registration (checked in a class-path JVM by NdjsonMemoryTest) names this class.
        try (var in = MsbiomeModule.class.getResourceAsStream("/META-INF/services/tools.jackson.databind.JacksonModule")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip())
                    .isEqualTo(MsbiomeModule.class.getName());
        }
    }

    @Test
    void isFoundByFindAndAddModulesAndWritesTheValueShape() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("msbiome");
        Strain strain = Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG;
        String json = mapper.writeValueAsString(strain);
        JsonNode document = MsbiomeJson.mapper().readTree(MsbiomeJson.writer().compact().write(strain));
        assertThat(mapper.readTree(json)).isEqualTo(document.get("strain"));
        assertThat(mapper.readValue(json, Strain.class)).isEqualTo(strain);
    }

    @Test
    void reportsAllProblemsOfAValueInOneException() {
        assertThatThrownBy(() -> MsbiomeJson.mapper().readValue(
                        "{\"taxon\": {\"name\": {\"genus\": 1}}, \"x\": 2}", Strain.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("/taxon/name/genus: [wrong-type]")
                .hasMessageContaining("/taxon/name/species: [missing-property]")
                .hasMessageContaining("/x: [unknown-property]");
    }

    @Test
    void namesItselfAndItsVersion() {
        MsbiomeModule module = new MsbiomeModule();
        assertThat(module.getModuleName()).isEqualTo("msbiome");
        assertThat(module.version().getGroupId()).isEqualTo("org.msbiome");
        assertThat(module.version().getArtifactId()).isEqualTo("msbiome-io");
        assertThat(module.version().getMajorVersion()).isZero();
        assertThat(module.version().getMinorVersion()).isEqualTo(1);
        assertThat(MsbiomeJson.kinds()).containsExactly("citation", "clinical-trial", "finding", "formulation",
                "grade-assessment", "immune-effect", "preclinical-study", "safety-report", "strain", "study", "taxon");
        assertThat(MsbiomeJson.kindOf(Strain.class)).isEqualTo("strain");
    }
}
