package org.msbiome.core.formulation;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.strain.Strain;

/**
 * A product as a study describes it: its strains and their strengths, its delivery form, how many units
 * are taken per day, the viability of its microorganisms, its kind, its prebiotic ingredients, and
 * optionally its name and maker. Build one with {@link #builder(FormulationKind, DeliveryForm)}.
 *
 * <p>What the description does not give stays absent: {@link #dailyDose(Component)} then reports the
 * daily dose as {@link DailyDose.Unknown unknown}, naming the missing facts.
 *
 * <p>The constructor rejects what can never be valid (a strength per sachet in a capsule product); rules
 * that depend on the kind of product are constraints: {@link NonEmptyFormulation},
 * {@link DistinctComponentStrains}, {@link ConsistentFormulationKind}.
 *
 * <p>For example, a capsule of Lacticaseibacillus rhamnosus GG taken twice a day:
 *
 * <pre>{@code
 * Formulation capsules = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
 *         .component(Strain.of(Taxon.parse("Lacticaseibacillus rhamnosus"), "GG", Deposit.parse("ATCC 53103")),
 *                 Strength.parse("10^10 CFU per capsule"))
 *         .unitsPerDay(BigDecimal.valueOf(2))
 *         .build();
 * capsules.totalDailyDose();                             // 2 × 10^10 CFU a day
 * }</pre>
 *
 * @param productName the product's name, if given
 * @param maker the maker, if given
 * @param kind probiotic, prebiotic, synbiotic or postbiotic
 * @param form the delivery form; its {@linkplain DeliveryForm#intakeUnit() intake unit} is what
 *     {@code unitsPerDay} counts
 * @param components the strains and their strengths, possibly none (a prebiotic)
 * @param prebioticIngredients the prebiotic ingredients, possibly none
 * @param viability whether the microorganisms are live or inactivated, if the source says
 * @param unitSize the mass or volume of one capsule, tablet or sachet, if given
 * @param unitsPerDay how many intake units are taken per day, if given
 * @since 0.1.0
 */
@NonEmptyFormulation
@DistinctComponentStrains
@ConsistentFormulationKind
public record Formulation(
        Optional<String> productName,
        Optional<String> maker,
        FormulationKind kind,
        DeliveryForm form,
        List<@Valid Component> components,
        List<@Valid PrebioticIngredient> prebioticIngredients,
        Optional<Viability> viability,
        Optional<UnitSize> unitSize,
        Optional<BigDecimal> unitsPerDay) {

    /**
     * Normalises and checks the parts.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if a name is blank; if a strength is per a countable unit other than
     *     the form's intake unit; if a unit size is given for a form measured in g or mL; if units per day is
     *     not positive; if a prebiotic ingredient is listed twice (ignoring case)
     */
    public Formulation {
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(maker, "maker");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(viability, "viability");
        Objects.requireNonNull(unitSize, "unitSize");
        Objects.requireNonNull(unitsPerDay, "unitsPerDay");
        productName = productName.map(n -> Checks.requireNonBlank(n, "productName"));
        maker = maker.map(n -> Checks.requireNonBlank(n, "maker"));
        components = Checks.copyOf(components, "components");
        prebioticIngredients = Checks.copyOf(prebioticIngredients, "prebioticIngredients");
        Set<String> ingredientNames = new HashSet<>();
        for (int i = 0; i < prebioticIngredients.size(); i++) {
            String name = prebioticIngredients.get(i).name();
            if (!ingredientNames.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("prebioticIngredients[" + i + "] " + Checks.quote(name)
                        + " is listed twice; expected each prebiotic ingredient once");
            }
        }
        // Checks units per day and unit size against the form even when there is no component.
        Dose probe = new Dose(Strength.of(CfuAmount.of(BigDecimal.ONE), form.intakeUnit()), form.intakeUnit(),
                unitSize, unitsPerDay);
        unitsPerDay = probe.unitsPerDay();
        for (int i = 0; i < components.size(); i++) {
            try {
                new Dose(components.get(i).strength(), form.intakeUnit(), unitSize, unitsPerDay);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("components[" + i + "]: " + e.getMessage(), e);
            }
        }
    }

    /**
     * A builder for a formulation of the given kind and form; everything else is absent or empty until set.
     *
     * @param kind the kind
     * @param form the delivery form
     * @return the builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(FormulationKind kind, DeliveryForm form) {
        return new Builder(kind, form);
    }

    /**
     * The dose of one component: its strength in this formulation's form, unit size and units per day.
     *
     * @param component a component of this formulation
     * @return the dose
     * @throws NullPointerException if {@code component} is null
     * @throws IllegalArgumentException if it is not a component of this formulation
     */
    public Dose doseOf(Component component) {
        Objects.requireNonNull(component, "component");
        if (!components.contains(component)) {
            throw new IllegalArgumentException("component " + Checks.quote(component)
                    + " is not part of this formulation");
        }
        return new Dose(component.strength(), form.intakeUnit(), unitSize, unitsPerDay);
    }

    /**
     * The daily dose of one component, or the facts missing to compute it.
     *
     * @param component a component of this formulation
     * @return the daily dose
     * @throws NullPointerException if {@code component} is null
     * @throws IllegalArgumentException if it is not a component of this formulation
     */
    public DailyDose dailyDose(Component component) {
        return doseOf(component).daily();
    }

    /**
     * The daily dose of all components together: the sum when every component's is known, otherwise
     * unknown, naming every missing fact.
     *
     * @return the total daily dose
     * @throws IllegalStateException if the formulation has no component (a prebiotic has no CFU dose)
     * @throws IllegalArgumentException if the total is above 10<sup>99</sup> CFU a day, the largest amount a
     *     {@link CfuAmount} holds (possible only with a strength above 10<sup>92</sup> CFU per unit)
     */
    public DailyDose totalDailyDose() {
        if (components.isEmpty()) {
            throw new IllegalStateException("formulation has no component, so it has no CFU dose");
        }
        CfuAmount total = null;
        Set<MissingFact> missing = EnumSet.noneOf(MissingFact.class);
        Set<String> reasons = new LinkedHashSet<>();
        for (Component component : components) {
            DailyDose dose = dailyDose(component);
            if (dose instanceof DailyDose.Unknown) {
                DailyDose.Unknown unknown = (DailyDose.Unknown) dose;
                missing.addAll(unknown.missing());
                reasons.add(unknown.reason());
            } else {
                CfuAmount amount = ((DailyDose.Known) dose).amount();
                total = total == null ? amount : total.plus(amount);
            }
        }
        if (!missing.isEmpty()) {
            return new DailyDose.Unknown(missing, String.join("; ", reasons));
        }
        return new DailyDose.Known(Objects.requireNonNull(total));
    }

    /**
     * The strains of the components, in order.
     *
     * @return the strains
     */
    public List<Strain> strains() {
        List<Strain> strains = new ArrayList<>();
        for (Component component : components) {
            strains.add(component.strain());
        }
        return List.copyOf(strains);
    }

    /**
     * Builds a {@link Formulation} step by step. Not thread-safe; {@link #build()} may be called more than
     * once.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final FormulationKind kind;
        private final DeliveryForm form;
        private final List<Component> components = new ArrayList<>();
        private final List<PrebioticIngredient> prebioticIngredients = new ArrayList<>();
        private Optional<String> productName = Optional.empty();
        private Optional<String> maker = Optional.empty();
        private Optional<Viability> viability = Optional.empty();
        private Optional<UnitSize> unitSize = Optional.empty();
        private Optional<BigDecimal> unitsPerDay = Optional.empty();

        private Builder(FormulationKind kind, DeliveryForm form) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.form = Objects.requireNonNull(form, "form");
        }

        /**
         * Adds a component.
         *
         * @param strain the strain
         * @param strength its strength
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder component(Strain strain, Strength strength) {
            components.add(Component.of(strain, strength));
            return this;
        }

        /**
         * Adds a prebiotic ingredient.
         *
         * @param name its name, e.g. {@code "inulin"}
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if it is blank
         */
        public Builder prebioticIngredient(String name) {
            prebioticIngredients.add(PrebioticIngredient.of(name));
            return this;
        }

        /**
         * Sets the product name.
         *
         * @param productName the name
         * @return this builder
         * @throws NullPointerException if {@code productName} is null
         */
        public Builder productName(String productName) {
            this.productName = Optional.of(Objects.requireNonNull(productName, "productName"));
            return this;
        }

        /**
         * Sets the maker.
         *
         * @param maker the maker
         * @return this builder
         * @throws NullPointerException if {@code maker} is null
         */
        public Builder maker(String maker) {
            this.maker = Optional.of(Objects.requireNonNull(maker, "maker"));
            return this;
        }

        /**
         * Sets the viability.
         *
         * @param viability live or inactivated
         * @return this builder
         * @throws NullPointerException if {@code viability} is null
         */
        public Builder viability(Viability viability) {
            this.viability = Optional.of(Objects.requireNonNull(viability, "viability"));
            return this;
        }

        /**
         * Sets the content of one capsule, tablet or sachet.
         *
         * @param unitSize the mass or volume
         * @return this builder
         * @throws NullPointerException if {@code unitSize} is null
         */
        public Builder unitSize(UnitSize unitSize) {
            this.unitSize = Optional.of(Objects.requireNonNull(unitSize, "unitSize"));
            return this;
        }

        /**
         * Sets how many intake units are taken per day.
         *
         * @param unitsPerDay the number, positive
         * @return this builder
         * @throws NullPointerException if {@code unitsPerDay} is null
         */
        public Builder unitsPerDay(BigDecimal unitsPerDay) {
            this.unitsPerDay = Optional.of(Objects.requireNonNull(unitsPerDay, "unitsPerDay"));
            return this;
        }

        /**
         * Builds the formulation.
         *
         * @return the formulation
         * @throws IllegalArgumentException as the canonical constructor of {@link Formulation}
         */
        public Formulation build() {
            return new Formulation(productName, maker, kind, form, components, prebioticIngredients, viability,
                    unitSize, unitsPerDay);
        }
    }
}
