package org.msbiome.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.strain.Deposit;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.ReadResult;

/** The README's code examples, run as written, so that they cannot rot. */
class ReadmeExampleTest {
    @Test
    void quickStartDoesWhatTheReadmeSays() {
        Taxon lgg = Taxon.parse("Lactobacillus rhamnosus");
        Strain strain = Strain.of(lgg, "GG", Deposit.parse("ATCC53103"));

        Formulation capsule = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .component(strain, Strength.parse("2 × 10^9 CFU/g"))
                .build();
        Set<ConstraintViolation<Formulation>> problems = MsbiomeValidation.validator().validate(capsule);

        assertThat(lgg.toString()).isEqualTo("Lacticaseibacillus rhamnosus");
        assertThat(lgg.ncbiTaxonId()).hasValueSatisfying(id -> assertThat(id.value()).isEqualTo(47715));
        assertThat(strain.deposits()).singleElement().hasToString("ATCC 53103");
        assertThat(capsule.totalDailyDose()).hasToString(
                "unknown: the mass of one capsule and the number of capsules per day are not given");
        assertThat(problems).isEmpty();
    }

    @Test
    void writtenJsonReadsBackAsTheReadmeShows(@TempDir Path dir) throws Exception {
        Formulation capsule = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .component(Strain.of(Taxon.parse("L. rhamnosus"), "GG", Deposit.parse("ATCC 53103")),
                        Strength.parse("2 × 10^9 CFU/g"))
                .build();
        String json = MsbiomeJson.writer().write(capsule);
        Files.writeString(dir.resolve("product.json"), json);

        ReadResult<Formulation> result = MsbiomeJson.reader().read(dir.resolve("product.json"), Formulation.class);

        assertThat(result.isValid()).isTrue();
        assertThat(result.orElseThrow()).isEqualTo(capsule);
        assertThat(MsbiomeJson.writer().write(result.orElseThrow())).isEqualTo(json);
    }
}
