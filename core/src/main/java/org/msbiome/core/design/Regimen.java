package org.msbiome.core.design;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Periods;

/**
 * When and how much of an intervention is given: dose, frequency, route and duration, the items of
 * TIDieR item 8 ("number of times, period, sessions, schedule, duration, intensity or dose") and the mode
 * of delivery of item 6 (https://doi.org/10.1186/s12874-017-0461-y). Each part is empty when the source
 * does not report it.
 *
 * @param dose how much is given per period
 * @param frequency how often it is given
 * @param route how it is given
 * @param duration for how long it is given, like {@code P12W}
 * @since 0.1.0
 */
public record Regimen(
        Optional<DoseRate> dose, Optional<Frequency> frequency, Optional<Route> route, Optional<Period> duration) {

    /**
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the duration is not longer than zero
     */
    public Regimen {
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(duration, "duration");
        duration.ifPresent(d -> Periods.requirePositive(d, "duration"));
    }

    /** A regimen of which the source reports nothing: every part empty. */
    public static Regimen notReported() {
        return new Regimen(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A copy with this dose. */
    public Regimen withDose(DoseRate dose) {
        return new Regimen(Optional.of(dose), frequency, route, duration);
    }

    /** A copy with this frequency. */
    public Regimen withFrequency(Frequency frequency) {
        return new Regimen(dose, Optional.of(frequency), route, duration);
    }

    /** A copy with this route. */
    public Regimen withRoute(Route route) {
        return new Regimen(dose, frequency, Optional.of(route), duration);
    }

    /**
     * A copy with this duration.
     *
     * @throws IllegalArgumentException if the duration is not longer than zero
     */
    public Regimen withDuration(Period duration) {
        return new Regimen(dose, frequency, route, Optional.of(duration));
    }
}
