package org.msbiome.examples.tour;

import jakarta.validation.ConstraintViolation;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.formulation.UnitSize;
import org.msbiome.core.strain.Deposit;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.strain.Strains;
import org.msbiome.core.taxonomy.NameResolution;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.taxonomy.Taxonomy;
import org.msbiome.core.validation.MsbiomeValidation;

/**
 * A guided tour of the msbiome vocabulary, printed as text: the README's run command. Each section is
 * a short, self-contained example; {@code TourTest} checks the whole output against a golden file, so
 * the tour cannot drift from what the library does.
 */
public final class Tour {
    private final PrintWriter out;

    private Tour(PrintWriter out) {
        this.out = out;
    }

    /**
     * Prints the tour to {@code out}.
     *
     * @param out where the tour is written
     */
    public static void run(PrintWriter out) {
        Tour tour = new Tour(out);
        tour.names();
        tour.strains();
        tour.formulations();
        tour.validation();
        out.flush();
    }

    private void heading(String title) {
        out.println();
        out.println("== " + title);
    }

    /** A 2017 paper writes "Lactobacillus rhamnosus"; since Zheng et al. 2020 it is Lacticaseibacillus. */
    private void names() {
        heading("1. Names: the 2020 Lactobacillus split");
        NameResolution resolution = Taxonomy.resolve("Lactobacillus rhamnosus");
        out.println("A 2017 paper says:   Lactobacillus rhamnosus");
        out.println("msbiome stores:      " + resolution.taxon().name().full()
                + resolution.taxon().ncbiTaxonId().map(id -> " (NCBI Taxonomy " + id.value() + ")").orElse(""));
        out.println("because:             " + resolution.reclassification().orElseThrow());
        out.println("old name == new name: "
                + Taxon.parse("Lactobacillus rhamnosus").equals(Taxon.parse("Lacticaseibacillus rhamnosus")));
        out.println("former names:        " + resolution.taxon().formerNames().stream()
                .map(r -> r.formerName().full()).toList());
        out.println("\"L. rhamnosus\" ->     " + Taxonomy.resolve("L. rhamnosus").taxon().name().full());
        try {
            Taxonomy.resolve("L. lactis");
        } catch (IllegalArgumentException ambiguous) {
            out.println("\"L. lactis\"    ->     " + ambiguous.getMessage());
        }
    }

    /** Deposits in culture collections identify a strain, however a paper spells them. */
    private void strains() {
        heading("2. Strains and culture-collection deposits");
        for (String spelling : List.of("ATCC 53103", "ATCC53103", "atcc-53103")) {
            out.printf("%-12s -> %s%n", spelling, Deposit.parse(spelling));
        }
        Strain lgg = Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG;
        out.println("LGG:                 " + lgg);
        Strain asFirstNamed = Strain.of(Taxon.parse("Lactobacillus acidophilus"), "GG", Deposit.parse("ATCC53103"));
        out.println("\"L. acidophilus GG, ATCC53103\" is LGG: " + asFirstNamed.isSameStrainAs(lgg));
    }

    /** A published formulation, with what its paper does not say left absent. */
    private void formulations() {
        heading("3. Formulations and doses");
        Strength each = Strength.parse("2 × 10^9 CFU/g");
        Formulation kouchaki = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .component(Strain.of(Taxon.parse("Lactobacillus acidophilus")), each)
                .component(Strain.of(Taxon.parse("Lactobacillus casei")), each)
                .component(Strain.of(Taxon.parse("Bifidobacterium bifidum")), each)
                .component(Strain.of(Taxon.parse("Lactobacillus fermentum")), each)
                .build();
        out.println("Kouchaki 2017 (doi:10.1016/j.clnu.2016.08.015): a capsule, 2 × 10^9 CFU/g of each of");
        kouchaki.components().forEach(c -> out.println("  " + c.strain().taxon().name().full()));
        out.println("daily dose: " + kouchaki.totalDailyDose());

        Formulation complete = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, each)
                .unitSize(UnitSize.grams("0.5"))
                .unitsPerDay(BigDecimal.valueOf(2))
                .build();
        out.println("A hypothetical 0.5 g LGG capsule, 2 a day: " + complete.totalDailyDose());
    }

    /** Rules that depend on context are Bean Validation constraints: problems are data, with a path. */
    private void validation() {
        heading("4. Validation problems are data");
        Strength each = Strength.parse("10^9 CFU/capsule");
        Formulation twice = Formulation.builder(FormulationKind.SYNBIOTIC, DeliveryForm.CAPSULE)
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, each)
                .component(Strain.ofDeposits(Taxon.parse("Lactobacillus rhamnosus"), Deposit.parse("ATCC-53103")), each)
                .build();
        List<ConstraintViolation<Formulation>> problems = MsbiomeValidation.validator().validate(twice).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Formulation> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .toList();
        out.println("A synbiotic with LGG listed twice (once under its old name) and no prebiotic:");
        problems.forEach(v -> out.println("  " + v.getPropertyPath() + ": " + v.getMessage()));
    }
}
