package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * When treatment is given relative to disease induction (day 0): the strategy and, when reported, the
 * first and last day of treatment (negative days are before induction). {@link ConsistentTreatmentTiming}
 * checks that the days agree with the strategy.
 *
 * @param strategy prophylactic or therapeutic
 * @param startDay the first day of treatment relative to induction, when reported
 * @param endDay the last day of treatment relative to induction, when reported
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@ConsistentTreatmentTiming
public record TreatmentTiming(TreatmentStrategy strategy, Optional<Integer> startDay, Optional<Integer> endDay) {

    /**
     * @throws NullPointerException if a component is null
     */
    public TreatmentTiming {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(startDay, "startDay");
        Objects.requireNonNull(endDay, "endDay");
    }

    /** Prophylactic treatment, days not reported. */
    public static TreatmentTiming prophylactic() {
        return new TreatmentTiming(TreatmentStrategy.PROPHYLACTIC, Optional.empty(), Optional.empty());
    }

    /** Therapeutic treatment, days not reported. */
    public static TreatmentTiming therapeutic() {
        return new TreatmentTiming(TreatmentStrategy.THERAPEUTIC, Optional.empty(), Optional.empty());
    }

    /** A copy with these first and last days relative to induction. */
    public TreatmentTiming withDays(int startDay, int endDay) {
        return new TreatmentTiming(strategy, Optional.of(startDay), Optional.of(endDay));
    }
}
