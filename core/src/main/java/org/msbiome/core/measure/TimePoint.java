package org.msbiome.core.measure;

import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * When a measurement was taken, relative to an intervention: at {@link Baseline}, a time
 * {@link SinceStart} of the intervention (week 12 of a 12-week trial), or a time {@link SinceEnd}
 * of it (three months after stopping).
 *
 * @since 0.1.0
 */
public sealed interface TimePoint permits TimePoint.Baseline, TimePoint.SinceStart, TimePoint.SinceEnd {

    /** The baseline measurement, before the intervention started. */
    static TimePoint baseline() {
        return new Baseline();
    }

    /**
     * A time after the start of the intervention.
     *
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalArgumentException if the amount is negative or the unit is not a unit of time
     */
    static TimePoint sinceStart(long amount, UcumUnit unit) {
        return new SinceStart(Quantity.of(amount, unit));
    }

    /**
     * A time after the end of the intervention.
     *
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalArgumentException if the amount is negative or the unit is not a unit of time
     */
    static TimePoint sinceEnd(long amount, UcumUnit unit) {
        return new SinceEnd(Quantity.of(amount, unit));
    }

    /**
     * Baseline: before the intervention started.
     *
     * @since 0.1.0
     */
    record Baseline() implements TimePoint {}

    /**
     * A time elapsed since the intervention started.
     *
     * @param elapsed a non-negative duration in a unit of time
     * @since 0.1.0
     */
    record SinceStart(Quantity elapsed) implements TimePoint {
        /**
         * Creates the time point.
         *
         * @throws NullPointerException if {@code elapsed} is null
         * @throws IllegalArgumentException if it is negative or not in a unit of time
         */
        public SinceStart {
            requireDuration(elapsed);
        }
    }

    /**
     * A time elapsed since the intervention ended.
     *
     * @param elapsed a non-negative duration in a unit of time
     * @since 0.1.0
     */
    record SinceEnd(Quantity elapsed) implements TimePoint {
        /**
         * Creates the time point.
         *
         * @throws NullPointerException if {@code elapsed} is null
         * @throws IllegalArgumentException if it is negative or not in a unit of time
         */
        public SinceEnd {
            requireDuration(elapsed);
        }
    }

    private static void requireDuration(Quantity elapsed) {
        Objects.requireNonNull(elapsed, "elapsed");
        if (!elapsed.unit().isTime()) {
            throw new IllegalArgumentException("elapsed " + Checks.quote(elapsed) + " is not a duration; expected a "
                    + "unit of time: h, d, wk, mo or a");
        }
        if (elapsed.value().signum() < 0) {
            throw new IllegalArgumentException("elapsed " + Checks.quote(elapsed) + " is negative; expected a "
                    + "duration of 0 or more");
        }
    }
}
