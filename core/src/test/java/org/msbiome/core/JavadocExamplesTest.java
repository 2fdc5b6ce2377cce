package org.msbiome.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.Enrollment;
import org.msbiome.core.design.Masking;
import org.msbiome.core.design.MaskingInfo;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.evidence.synthesis.EffectEstimate;
import org.msbiome.core.evidence.synthesis.MetaAnalysis;
import org.msbiome.core.evidence.synthesis.PooledSummary;
import org.msbiome.core.evidence.synthesis.PoolingMethod;
import org.msbiome.core.evidence.synthesis.PoolingOptions;
import org.msbiome.core.formulation.CfuAmount;
import org.msbiome.core.formulation.DailyDose;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.strain.Deposit;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.taxonomy.Taxa;
import org.msbiome.core.taxonomy.Taxon;
import org.junit.jupiter.api.Test;

/**
 * The code examples in the javadoc of the main entry types run here, and {@link #eachJavadocShowsTheCodeThatRunsHere}
 * checks that the javadoc shows exactly this code (the first {@code <pre>{@code ...}</pre>} block of the
 * type's javadoc equals the lines between "// javadoc example: Type" and "// end of example" below), so an
 * example cannot drift from what the code does. The comments in an example state results; the assertions
 * after it check them.
 */
class JavadocExamplesTest {
    private static final Path TEST_SOURCE = Path.of("src/test/java/org/msbiome/core/JavadocExamplesTest.java");

    @Test
    void taxon() {
        // javadoc example: Taxon
        Taxon lgg = Taxon.parse("Lactobacillus rhamnosus");   // the name before Zheng et al. 2020
        lgg.name();                                            // Lacticaseibacillus rhamnosus
        lgg.ncbiTaxonId();                                     // Optional[47715]
        lgg.equals(Taxa.LACTICASEIBACILLUS_RHAMNOSUS);         // true
        // end of example
        assertThat(lgg.name()).hasToString("Lacticaseibacillus rhamnosus");
        assertThat(lgg.ncbiTaxonId()).hasToString("Optional[47715]");
        assertThat(lgg.equals(Taxa.LACTICASEIBACILLUS_RHAMNOSUS)).isTrue();
    }

    @Test
    void strain() {
        // javadoc example: Strain
        Strain lgg = Strain.of(Taxon.parse("Lacticaseibacillus rhamnosus"), "GG", Deposit.parse("ATCC53103"));
        lgg.deposits();                                        // [ATCC 53103]
        lgg.isIdentified();                                    // true
        Strain.of(Taxon.parse("Lactobacillus acidophilus")).isIdentified();   // false: the species only
        // end of example
        assertThat(lgg.deposits()).hasToString("[ATCC 53103]");
        assertThat(lgg.isIdentified()).isTrue();
        assertThat(Strain.of(Taxon.parse("Lactobacillus acidophilus")).isIdentified()).isFalse();
    }

    @Test
    void formulation() {
        // javadoc example: Formulation
        Formulation capsules = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .component(Strain.of(Taxon.parse("Lacticaseibacillus rhamnosus"), "GG", Deposit.parse("ATCC 53103")),
                        Strength.parse("10^10 CFU per capsule"))
                .unitsPerDay(BigDecimal.valueOf(2))
                .build();
        capsules.totalDailyDose();                             // 2 × 10^10 CFU a day
        // end of example
        assertThat(capsules.totalDailyDose()).isEqualTo(new DailyDose.Known(CfuAmount.parse("2 × 10^10")));
    }

    @Test
    void trialDesign() {
        // javadoc example: TrialDesign
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)   // Kouchaki et al. 2017
                .allocation(Allocation.RANDOMIZED)
                .masking(MaskingInfo.of(Masking.DOUBLE))
                .enrollment(Enrollment.actual(60))
                .build();
        design.arms();                                         // []: no arm given
        // end of example
        assertThat(design.arms()).isEmpty();
        assertThat(design.enrollment()).hasValue(Enrollment.actual(60));
    }

    @Test
    void metaAnalysis() {
        // javadoc example: MetaAnalysis
        PooledSummary<String> fixed = MetaAnalysis.poolEstimates("SMD", List.of(
                        EffectEstimate.of("study A", -0.5713667919, 0.1040807501),
                        EffectEstimate.of("study B", -0.3424359465, 0.1310579953)),
                PoolingMethod.FIXED_EFFECT, PoolingOptions.defaults());
        fixed.estimate();                                      // -0.4700, as metafor's rma(yi, vi, method = "FE")
        fixed.standardError();                                 // 0.2409
        // end of example
        // Σwᵢyᵢ/Σwᵢ and sqrt(1/Σwᵢ) with wᵢ = 1/vᵢ, by hand: -0.470033879, 0.240854558
        assertThat(fixed.estimate()).isCloseTo(-0.470033879, within(1e-8));
        assertThat(fixed.standardError()).isCloseTo(0.240854558, within(1e-8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Taxon, src/main/java/org/msbiome/core/taxonomy/Taxon.java",
        "Strain, src/main/java/org/msbiome/core/strain/Strain.java",
        "Formulation, src/main/java/org/msbiome/core/formulation/Formulation.java",
        "TrialDesign, src/main/java/org/msbiome/core/design/TrialDesign.java",
        "MetaAnalysis, src/main/java/org/msbiome/core/evidence/synthesis/MetaAnalysis.java"})
    void eachJavadocShowsTheCodeThatRunsHere(String type, Path source) throws IOException {
        assertThat(javadocExample(Files.readString(source, StandardCharsets.UTF_8), type))
                .isEqualTo(testedExample(Files.readString(TEST_SOURCE, StandardCharsets.UTF_8), type));
    }

    /** The first {@code <pre>{@code ...}</pre>} block of the type's own javadoc, without the comment's stars. */
    static String javadocExample(String source, String type) {
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

    /** The lines between "// javadoc example: Type" and "// end of example" of a test, without their indentation. */
    static String testedExample(String testSource, String type) {
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
