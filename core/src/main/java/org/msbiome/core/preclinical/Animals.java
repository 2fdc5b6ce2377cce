package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.population.Sex;

/**
 * The animals of a study: species, strain, sex and age (reported under ARRIVE 2.0;
 * https://resources.equator-network.org/reporting-guidelines/arrive/arrive-checklist.html). What the source
 * does not report is empty. {@link OrderedAgeBounds} checks that the youngest age is not above the oldest.
 *
 * @param species the species
 * @param strain the strain, when reported; of the same species
 * @param sex the sex, when reported
 * @param minimumAgeWeeks the youngest age at the start, in weeks
 * @param maximumAgeWeeks the oldest age at the start, in weeks
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@OrderedAgeBounds
public record Animals(
        Species species,
        Optional<AnimalStrain> strain,
        Optional<Sex> sex,
        Optional<@PositiveOrZero Integer> minimumAgeWeeks,
        Optional<@PositiveOrZero Integer> maximumAgeWeeks) {

    /**
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the strain is of another species
     */
    public Animals {
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(strain, "strain");
        if (strain.isPresent() && strain.get().species() != species) {
            throw new IllegalArgumentException("strain " + Checks.quote(strain.get().name()) + " is a "
                    + strain.get().species().code() + " strain, not a " + species.code()
                    + " strain; expected a strain of the study's species");
        }
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(minimumAgeWeeks, "minimumAgeWeeks");
        Objects.requireNonNull(maximumAgeWeeks, "maximumAgeWeeks");
    }

    /** Animals of this strain, nothing else reported. */
    public static Animals of(AnimalStrain strain) {
        return new Animals(strain.species(), Optional.of(strain), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** Animals of this species, strain and everything else not reported. */
    public static Animals of(Species species) {
        return new Animals(species, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A copy with this sex. */
    public Animals withSex(Sex sex) {
        return new Animals(species, strain, Optional.of(sex), minimumAgeWeeks, maximumAgeWeeks);
    }

    /** A copy with these ages in weeks. */
    public Animals withAgeWeeks(int minimum, int maximum) {
        return new Animals(species, strain, sex, Optional.of(minimum), Optional.of(maximum));
    }
}
