package org.msbiome.core.population;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * The participants a clinical study includes: MS phenotypes, EDSS and age bounds, sex, whether healthy
 * volunteers take part, and background therapy (CONSORT 2010 item 4a, eligibility criteria; ClinicalTrials.gov
 * API v2 {@code eligibilityModule}). What the source does not report is empty.
 *
 * <p>Bounds are inclusive. EDSS is a discrete scale, so "EDSS below 4" is the maximum 3.5.
 * {@link OrderedPopulationBounds} checks that each minimum is not above its maximum.
 *
 * @param phenotypes the MS courses included; empty when not reported
 * @param minimumEdss the lowest EDSS included
 * @param maximumEdss the highest EDSS included
 * @param minimumAge the lowest age included, in the unit {@code minimumAgeUnit} (years when that is empty)
 * @param maximumAge the highest age included, in the unit {@code maximumAgeUnit} (years when that is empty)
 * @param sex the sex included
 * @param healthyVolunteers whether healthy volunteers take part
 * @param backgroundTherapies the therapies participants were on; empty when not reported
 * @param minimumAgeUnit the unit of {@code minimumAge} when it is not years ("27 Weeks"); empty for years,
 *     the unit of format 1.0, so an age in years has one form
 * @param maximumAgeUnit the unit of {@code maximumAge} when it is not years; empty for years
 * @since 0.1.0
 */
@OrderedPopulationBounds
public record Population(
        List<MsCourse> phenotypes,
        Optional<Edss> minimumEdss,
        Optional<Edss> maximumEdss,
        Optional<@PositiveOrZero Integer> minimumAge,
        Optional<@PositiveOrZero Integer> maximumAge,
        Optional<Sex> sex,
        Optional<Boolean> healthyVolunteers,
        List<BackgroundTherapy> backgroundTherapies,
        Optional<AgeUnit> minimumAgeUnit,
        Optional<AgeUnit> maximumAgeUnit) {

    /**
     * Copies the lists; a unit of {@link AgeUnit#YEARS} is stored as empty (years is the unit of an age
     * without one).
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if an age unit is given without its age
     */
    public Population {
        phenotypes = Checks.copyOf(phenotypes, "phenotypes");
        Objects.requireNonNull(minimumEdss, "minimumEdss");
        Objects.requireNonNull(maximumEdss, "maximumEdss");
        Objects.requireNonNull(minimumAge, "minimumAge");
        Objects.requireNonNull(maximumAge, "maximumAge");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(healthyVolunteers, "healthyVolunteers");
        backgroundTherapies = Checks.copyOf(backgroundTherapies, "backgroundTherapies");
        minimumAgeUnit = unit(minimumAgeUnit, minimumAge, "minimumAgeUnit");
        maximumAgeUnit = unit(maximumAgeUnit, maximumAge, "maximumAgeUnit");
    }

    /**
     * A population with both age limits in years, the form of format 1.0.
     *
     * @throws NullPointerException if a component or an element is null
     */
    public Population(List<MsCourse> phenotypes, Optional<Edss> minimumEdss, Optional<Edss> maximumEdss,
            Optional<Integer> minimumAge, Optional<Integer> maximumAge, Optional<Sex> sex,
            Optional<Boolean> healthyVolunteers, List<BackgroundTherapy> backgroundTherapies) {
        this(phenotypes, minimumEdss, maximumEdss, minimumAge, maximumAge, sex, healthyVolunteers,
                backgroundTherapies, Optional.empty(), Optional.empty());
    }

    private static Optional<AgeUnit> unit(Optional<AgeUnit> unit, Optional<Integer> age, String field) {
        Objects.requireNonNull(unit, field);
        if (unit.isPresent() && age.isEmpty()) {
            throw new IllegalArgumentException(field + " " + Checks.quote(unit.get().code())
                    + " is given without an age; expected the unit together with its age, like 27 weeks");
        }
        return unit.filter(u -> u != AgeUnit.YEARS);
    }

    /** The unit of the minimum age, if there is one: years unless {@code minimumAgeUnit} says otherwise. */
    public Optional<AgeUnit> minimumAgeIn() {
        return minimumAge.map(a -> minimumAgeUnit.orElse(AgeUnit.YEARS));
    }

    /** The unit of the maximum age, if there is one: years unless {@code maximumAgeUnit} says otherwise. */
    public Optional<AgeUnit> maximumAgeIn() {
        return maximumAge.map(a -> maximumAgeUnit.orElse(AgeUnit.YEARS));
    }

    /**
     * A population of people with these MS courses, nothing else reported.
     *
     * @throws NullPointerException if a course is null
     */
    public static Population of(MsCourse... phenotypes) {
        return new Population(List.of(phenotypes), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** A copy with these inclusive EDSS bounds; either may be null for no bound. */
    public Population withEdss(@org.jspecify.annotations.Nullable Edss minimum,
            @org.jspecify.annotations.Nullable Edss maximum) {
        return new Population(phenotypes, Optional.ofNullable(minimum), Optional.ofNullable(maximum), minimumAge,
                maximumAge, sex, healthyVolunteers, backgroundTherapies, minimumAgeUnit, maximumAgeUnit);
    }

    /** A copy with these inclusive age bounds in years; either may be null for no bound. */
    public Population withAge(@org.jspecify.annotations.Nullable Integer minimum,
            @org.jspecify.annotations.Nullable Integer maximum) {
        return new Population(phenotypes, minimumEdss, maximumEdss, Optional.ofNullable(minimum),
                Optional.ofNullable(maximum), sex, healthyVolunteers, backgroundTherapies);
    }

    /**
     * A copy with these inclusive age bounds, each in its unit; a bound and its unit are both null for no
     * bound.
     *
     * @throws IllegalArgumentException if a unit is given without its age
     */
    public Population withAge(@org.jspecify.annotations.Nullable Integer minimum,
            @org.jspecify.annotations.Nullable AgeUnit minimumUnit, @org.jspecify.annotations.Nullable Integer maximum,
            @org.jspecify.annotations.Nullable AgeUnit maximumUnit) {
        return new Population(phenotypes, minimumEdss, maximumEdss, Optional.ofNullable(minimum),
                Optional.ofNullable(maximum), sex, healthyVolunteers, backgroundTherapies,
                Optional.ofNullable(minimumUnit), Optional.ofNullable(maximumUnit));
    }

    /** A copy with this sex. */
    public Population withSex(Sex sex) {
        return new Population(phenotypes, minimumEdss, maximumEdss, minimumAge, maximumAge, Optional.of(sex),
                healthyVolunteers, backgroundTherapies, minimumAgeUnit, maximumAgeUnit);
    }

    /** A copy that states whether healthy volunteers take part. */
    public Population withHealthyVolunteers(boolean healthyVolunteers) {
        return new Population(phenotypes, minimumEdss, maximumEdss, minimumAge, maximumAge, sex,
                Optional.of(healthyVolunteers), backgroundTherapies, minimumAgeUnit, maximumAgeUnit);
    }

    /** A copy with these background therapies. */
    public Population withBackgroundTherapies(BackgroundTherapy... therapies) {
        return new Population(phenotypes, minimumEdss, maximumEdss, minimumAge, maximumAge, sex,
                healthyVolunteers, List.of(therapies), minimumAgeUnit, maximumAgeUnit);
    }
}
