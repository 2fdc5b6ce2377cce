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
 * @param minimumAge the lowest age included, in years
 * @param maximumAge the highest age included, in years
 * @param sex the sex included
 * @param healthyVolunteers whether healthy volunteers take part
 * @param backgroundTherapies the therapies participants were on; empty when not reported
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
        List<BackgroundTherapy> backgroundTherapies) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a component or an element is null
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
                maximumAge, sex, healthyVolunteers, backgroundTherapies);
    }

    /** A copy with these inclusive age bounds in years; either may be null for no bound. */
    public Population withAge(@org.jspecify.annotations.Nullable Integer minimum,
            @org.jspecify.annotations.Nullable Integer maximum) {
        return new Population(phenotypes, minimumEdss, maximumEdss, Optional.ofNullable(minimum),
                Optional.ofNullable(maximum), sex, healthyVolunteers, backgroundTherapies);
    }

    /** A copy with this sex. */
    public Population withSex(Sex sex) {
        return new Population(phenotypes, minimumEdss, maximumEdss, minimumAge, maximumAge, Optional.of(sex),
                healthyVolunteers, backgroundTherapies);
    }

    /** A copy that states whether healthy volunteers take part. */
    public Population withHealthyVolunteers(boolean healthyVolunteers) {
        return new Population(phenotypes, minimumEdss, maximumEdss, minimumAge, maximumAge, sex,
                Optional.of(healthyVolunteers), backgroundTherapies);
    }

    /** A copy with these background therapies. */
    public Population withBackgroundTherapies(BackgroundTherapy... therapies) {
        return new Population(phenotypes, minimumEdss, maximumEdss, minimumAge, maximumAge, sex,
                healthyVolunteers, List.of(therapies));
    }
}
