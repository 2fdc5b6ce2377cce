package org.msbiome.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.immune.Biomarker;
import org.msbiome.core.immune.Biomarkers;
import org.msbiome.core.immune.CellPopulation;
import org.msbiome.core.immune.CellPopulations;
import org.msbiome.core.immune.Cytokine;
import org.msbiome.core.immune.Cytokines;
import org.msbiome.core.immune.Markers;
import org.msbiome.core.internal.DataResource;
import org.msbiome.core.strain.CultureCollection;
import org.msbiome.core.strain.CultureCollections;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.strain.Strains;
import org.msbiome.core.taxonomy.Taxa;
import org.msbiome.core.taxonomy.TaxonName;

/**
 * Every holder of well-known values is its data resource: every constant has a row and every row a
 * constant, {@code all()} is exactly the declared constants, every row cites defined sources, every source
 * defined is cited, and no cell holds a sentinel for absence.
 */
class VocabularyDataTest {
    private static final Pattern CITABLE = Pattern.compile("https?://\\S+|\\b10\\.\\d{4,9}/\\S+|\\bPMID:? ?\\d+");
    private static final Set<String> SENTINELS = Set.of("0", "na", "n/a", "null", "none", "unknown", "-", "?");

    static Stream<Arguments> holders() {
        return Stream.of(
                Arguments.argumentSet("cytokines", Cytokines.class, "cytokines.tsv", Cytokine.class),
                Arguments.argumentSet("biomarkers", Biomarkers.class, "biomarkers.tsv", Biomarker.class),
                Arguments.argumentSet("cell populations", CellPopulations.class, "cell-populations.tsv",
                        CellPopulation.class),
                Arguments.argumentSet("strains", Strains.class, "strains.tsv", Strain.class),
                Arguments.argumentSet("culture collections", CultureCollections.class, "culture-collections.tsv",
                        CultureCollection.class));
    }

    private static Map<String, Object> constants(Class<?> holder, Class<?> type) throws IllegalAccessException {
        Map<String, Object> constants = new LinkedHashMap<>();
        for (Field field : holder.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && field.getType() == type) {
                constants.put(field.getName(), field.get(null));
            }
        }
        return constants;
    }

    @ParameterizedTest
    @MethodSource("holders")
    void everyConstantIsARowAndEveryRowAConstant(Class<?> holder, String resource, Class<?> type) throws Exception {
        DataResource data = DataResource.load(holder, resource);
        Map<String, Object> constants = constants(holder, type);

        assertThat(constants).isNotEmpty();
        assertThat(data.rows()).extracting(DataResource.Row::key)
                .containsExactlyInAnyOrderElementsOf(constants.keySet());
    }

    @ParameterizedTest
    @MethodSource("holders")
    void allIsTheDeclaredConstantsInTheOrderOfTheData(Class<?> holder, String resource, Class<?> type)
            throws Exception {
        DataResource data = DataResource.load(holder, resource);
        Map<String, Object> constants = constants(holder, type);
        Method all = holder.getMethod("all");

        List<Object> inDataOrder = new ArrayList<>();
        data.rows().forEach(row -> inDataOrder.add(constants.get(row.key())));
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) all.invoke(null);
        assertThat(values).containsExactlyElementsOf(inDataOrder).doesNotHaveDuplicates();
        assertThat(values).containsExactlyInAnyOrderElementsOf(constants.values());
    }

    @ParameterizedTest
    @MethodSource("holders")
    void everyRowCitesDefinedSourcesAndEverySourceIsCited(Class<?> holder, String resource, Class<?> type) {
        DataResource data = DataResource.load(holder, resource);

        Set<String> cited = new LinkedHashSet<>();
        for (DataResource.Row row : data.rows()) {
            assertThat(row.sourceKeys()).as("sources of row %s", row.key()).isNotEmpty();
            assertThat(data.sources()).as("sources of row %s", row.key()).containsKeys(
                    row.sourceKeys().toArray(String[]::new));
            cited.addAll(row.sourceKeys());
        }
        assertThat(data.sources().keySet()).containsExactlyInAnyOrderElementsOf(cited);
        assertThat(data.sources().values()).allSatisfy(source ->
                assertThat(CITABLE.matcher(source.reference()).find()).as(source.key()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("holders")
    void noCellIsASentinelForAbsence(Class<?> holder, String resource, Class<?> type) {
        DataResource data = DataResource.load(holder, resource);

        for (DataResource.Row row : data.rows()) {
            row.cells().forEach((column, cell) -> {
                for (String item : cell.split("[|:]", -1)) {
                    assertThat(SENTINELS).as("%s of row %s", column, row.key())
                            .doesNotContain(item.toLowerCase(Locale.ROOT));
                }
            });
        }
    }

    @ParameterizedTest
    @MethodSource("holders")
    void noConstantHoldsAnEmptyStringOrAnOptionalOfOne(Class<?> holder, String resource, Class<?> type)
            throws Exception {
        for (Object value : constants(holder, type).values()) {
            for (var component : value.getClass().getRecordComponents()) {
                Object part = component.getAccessor().invoke(value);
                assertThat(part).as("%s.%s", value, component.getName())
                        .isNotEqualTo("").isNotEqualTo(Optional.of(""));
            }
        }
    }

    @Test
    void strainsAreFiledUnderTheirCurrentTaxonNotTheMakersName() {
        // Masco et al. 2004 (doi:10.1099/ijs.0.03011-0): B. lactis is B. animalis subsp. lactis.
        assertThat(Strains.BIFIDOBACTERIUM_LACTIS_BS01.taxon().name())
                .isEqualTo(TaxonName.of("Bifidobacterium", "animalis", "lactis"));
        assertThat(Strains.BIFIDOBACTERIUM_LACTIS_BS01.taxon().ncbiTaxonId()).isEmpty();
        // "S. boulardii" is the maker's name for S. cerevisiae (var. boulardii).
        assertThat(Strains.SACCHAROMYCES_BOULARDII_CNCM_I_745.taxon().name())
                .isEqualTo(TaxonName.of("Saccharomyces", "cerevisiae"));
        assertThat(Strains.SACCHAROMYCES_BOULARDII_CNCM_I_745.taxon().ncbiTaxonId()).isEmpty();
        assertThat(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG.taxon()).isEqualTo(Taxa.LACTICASEIBACILLUS_RHAMNOSUS);
        assertThat(Strains.LACTOBACILLUS_ACIDOPHILUS_LA02.taxon()).isEqualTo(Taxa.LACTOBACILLUS_ACIDOPHILUS);
    }

    @Test
    void ifnyIsNotAnAliasOfInterferonGamma() {
        // An OCR artefact: NCBI Gene 3458 (IFNG) lists the aliases IFG and IFI.
        assertThat(Cytokines.IFN_GAMMA.aliases()).containsExactly("IFNG");
        assertThat(Markers.lookup("IFNY")).isEmpty();
    }
}
