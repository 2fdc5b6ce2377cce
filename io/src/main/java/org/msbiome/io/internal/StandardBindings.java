package org.msbiome.io.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.msbiome.core.formulation.CfuAmount;
import org.msbiome.core.formulation.DailyDose;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.PrebioticIngredient;
import org.msbiome.core.strain.CultureCollection;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.taxonomy.NcbiTaxonId;
import org.msbiome.core.taxonomy.Taxon;

/**
 * The wire format of the msbiome core types: the document kinds, the type names of sealed interfaces,
 * and the types written as a JSON scalar. Every other record is an object with one property per
 * component, and every enum is written as its {@code code()} (see WIRE-FORMAT.md).
 */
final class StandardBindings {
    private StandardBindings() {}

    static Bindings.Builder register(Bindings.Builder builder) {
        return builder
                // Exact numbers: a CFU amount is a JSON number read as BigDecimal, never a double.
                .mapped(CfuAmount.class, BigDecimal.class, CfuAmount::of, CfuAmount::value,
                        "a positive number of colony-forming units, like 1E+10")
                .mapped(NcbiTaxonId.class, Integer.class, NcbiTaxonId::of, NcbiTaxonId::value,
                        "an NCBI Taxonomy identifier, like 47715")
                .text(CultureCollection.class, CultureCollection::of, CultureCollection::acronym, null,
                        "a culture collection acronym, like ATCC")
                .text(PrebioticIngredient.class, PrebioticIngredient::of, PrebioticIngredient::name, null,
                        "a prebiotic ingredient, like inulin")
                .union(DailyDose.class, dailyDoses())
                .kind("formulation", Formulation.class)
                .kind("strain", Strain.class)
                .kind("taxon", Taxon.class);
    }

    private static Map<String, Class<? extends DailyDose>> dailyDoses() {
        Map<String, Class<? extends DailyDose>> variants = new LinkedHashMap<>();
        variants.put("known", DailyDose.Known.class);
        variants.put("unknown", DailyDose.Unknown.class);
        return variants;
    }
}
