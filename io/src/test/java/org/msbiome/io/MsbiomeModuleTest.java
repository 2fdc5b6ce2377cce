package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.msbiome.core.formulation.CfuAmount;
import org.msbiome.core.strain.Strain;
import org.msbiome.io.fixture.Fixtures;
import org.msbiome.io.fixture.Ingredient;
import org.msbiome.core.strain.Strains;
import tools.jackson.core.type.TypeReference;
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
                .hasMessageContaining("/x: [unknown-property]");
    }

    /** A mapper as a user builds it: default settings (floats as doubles), the module added by hand. */
    private static final JsonMapper DEFAULT_MAPPER = JsonMapper.builder().addModule(new MsbiomeModule()).build();

    @Test
    void keepsExactAmountsUnderAMapperThatReadsFloatsAsDoubles() {
        CfuAmount amount = DEFAULT_MAPPER.readValue("1.2345678901234567890123E+10", CfuAmount.class);

        assertThat(amount.value()).isEqualTo(new BigDecimal("1.2345678901234567890123E+10"));
        assertThat(DEFAULT_MAPPER.writeValueAsString(amount)).isEqualTo("12345678901.234567890123");
    }

    @Test
    void writesBackAnExactNumberWithTheDigitsItWasReadWith() {
        // The test-only Ingredient keeps its BigDecimal as given (a CFU amount strips trailing zeros).
        JsonMapper mapper = JsonMapper.builder().addModule(new MsbiomeModule(Fixtures.BINDINGS)).build();
        String json = "{\"name\":\"B. animalis\",\"cfu\":2.50E+9}";

        Ingredient read = mapper.readValue(json, Ingredient.class);

        assertThat(read.cfu().toString()).isEqualTo("2.50E+9");
        assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void reportsProblemsAtPointersIntoTheCallersDocumentWithoutJacksonsSourceText() {
        String json = "{\"mine\": [{\"taxon\": {\"name\": {\"genus\": 1}}, \"x\": 2}]}";

        assertThatThrownBy(() -> DEFAULT_MAPPER.readValue(json, new TypeReference<Map<String, List<Strain>>>() {}))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("/mine/0/taxon/name/genus: [wrong-type]")
                .hasMessageContaining("/mine/0/x: [unknown-property]")
                .hasMessageNotContaining("Source:")
                .hasMessageNotContaining("REDACTED")
                .hasMessageNotContaining("#UNKNOWN");
    }

    @Test
    void refusesANumberLongerThanTheReadersLimitBeforeConvertingIt() {
        String digits = "1" + "0".repeat(ReadLimits.defaults().maxNumberLength()) + "E+9";

        assertThatThrownBy(() -> DEFAULT_MAPPER.readValue("{\"dose\":" + digits + "}",
                        new TypeReference<Map<String, CfuAmount>>() {}))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("/dose: [limit-exceeded]");
    }

    @Test
    void namesItselfAndItsVersion() {
        MsbiomeModule module = new MsbiomeModule();
        assertThat(module.getModuleName()).isEqualTo("msbiome");
        assertThat(module.version().getGroupId()).isEqualTo("org.msbiome");
        assertThat(module.version().getArtifactId()).isEqualTo("msbiome-io");
        assertThat(module.version().getMajorVersion()).isZero();
        assertThat(module.version().getMinorVersion()).isEqualTo(1);
        assertThat(MsbiomeJson.kinds()).containsExactly("citation", "clinical-trial", "community-profile", "experiment",
                "finding", "formulation", "grade-assessment", "immune-effect", "name-resolution", "preclinical-study",
                "safety-report", "signature", "strain", "study", "taxon");
        assertThat(MsbiomeJson.kindOf(Strain.class)).isEqualTo("strain");
    }
}
