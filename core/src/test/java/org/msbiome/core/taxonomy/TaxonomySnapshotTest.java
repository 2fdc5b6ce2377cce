package org.msbiome.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled snapshot's identity and the consistency of its data with the Java handles. */
class TaxonomySnapshotTest {
    private static final TaxonomySnapshot SNAPSHOT = Taxonomy.bundled().snapshot();

    @Test
    void hasANameAVersionAndDatedSources() {
        assertThat(SNAPSHOT.name()).isEqualTo("msbiome-taxonomy");
        assertThat(SNAPSHOT.version()).isEqualTo("2026.1");
        assertThat(SNAPSHOT.sources()).extracting(TaxonomySnapshot.Source::key)
                .contains("ZHENG2020", "LACTOTAX2025", "OREN2021", "BUGSIGDB2025", "KRAKEN2021", "TAXIDCHANGELOG");
        assertThat(SNAPSHOT.sources()).filteredOn(s -> s.key().equals("ZHENG2020")).singleElement()
                .satisfies(s -> {
                    assertThat(s.dated()).contains("2020-04-23");
                    assertThat(s.reference()).contains("doi:10.1099/ijsem.0.004107");
                });
        assertThat(SNAPSHOT.sources()).filteredOn(s -> !s.key().startsWith("DOI-"))
                .allSatisfy(s -> assertThat(s.dated()).isPresent());
    }

    @Test
    void everyTaxaConstantIsAListedNameUnderItsCurrentName() throws IllegalAccessException {
        List<Field> constants = Arrays.stream(Taxa.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == Taxon.class).toList();
        assertThat(constants).hasSize(38);
        for (Field field : constants) {
            Taxon taxon = (Taxon) field.get(null);
            NameResolution resolution = Taxonomy.resolve(taxon.name().full());
            assertThat(resolution.listed()).as(field.getName()).isTrue();
            assertThat(resolution.usedFormerName()).as(field.getName()).isFalse();
            assertThat(resolution.taxon()).as(field.getName()).isEqualTo(taxon);
        }
    }
}
