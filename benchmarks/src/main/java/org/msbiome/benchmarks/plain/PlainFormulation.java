package org.msbiome.benchmarks.plain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of a formulation, as plain records.
 *
 * @param productName the product name
 * @param maker the maker
 * @param kind the formulation kind code
 * @param form the delivery form code
 * @param components the components
 * @param prebioticIngredients the prebiotic ingredient names
 * @param viability the viability code
 * @param unitSize the unit size
 * @param unitsPerDay the units per day
 */
public record PlainFormulation(
        @Nullable String productName,
        @Nullable String maker,
        String kind,
        String form,
        List<Component> components,
        List<String> prebioticIngredients,
        @Nullable String viability,
        @Nullable Quantity unitSize,
        @Nullable BigDecimal unitsPerDay) {

    /** A component. @param strain the strain @param strength the strength */
    public record Component(Strain strain, Strength strength) {}

    /** A strain. @param taxon the taxon @param designation the designation @param deposits the deposits */
    public record Strain(Taxon taxon, @Nullable String designation, List<Deposit> deposits) {}

    /** A taxon. @param name the name @param ncbiTaxonId the NCBI taxonomy id */
    public record Taxon(TaxonName name, @Nullable Integer ncbiTaxonId) {}

    /** A binomial name. @param genus the genus @param species the species @param subspecies the subspecies */
    public record TaxonName(String genus, String species, @Nullable String subspecies) {}

    /** A deposit. @param collection the collection @param accession the accession @param typeStrain type strain */
    public record Deposit(String collection, String accession, boolean typeStrain) {}

    /** A strength. @param amount the CFU amount @param per the unit */
    public record Strength(BigDecimal amount, String per) {}

    /** A quantity. @param value the value @param unit the unit */
    public record Quantity(BigDecimal value, String unit) {}
}
