package org.msbiome.core.formulation;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.internal.Checks;

/**
 * The amount taken per day: {@link Known} when the description gives every fact it needs, otherwise
 * {@link Unknown}, naming what is missing. A daily dose is never guessed.
 *
 * @since 0.1.0
 */
public sealed interface DailyDose permits DailyDose.Known, DailyDose.Unknown {

    /**
     * The amount, if known.
     *
     * @return the amount per day, or empty when it is unknown
     */
    Optional<CfuAmount> knownAmount();

    /**
     * Whether the amount is known.
     *
     * @return {@code true} for a {@link Known} dose
     */
    default boolean isKnown() {
        return knownAmount().isPresent();
    }

    /**
     * A daily dose computed from a complete description.
     *
     * @param amount the amount per day
     * @since 0.1.0
     */
    record Known(CfuAmount amount) implements DailyDose {
        /**
         * Checks the amount.
         *
         * @throws NullPointerException if {@code amount} is null
         */
        public Known {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public Optional<CfuAmount> knownAmount() {
            return Optional.of(amount);
        }

        /**
         * The amount per day, "2e9 [CFU]/d" (UCUM {@code d} = day).
         *
         * @return the text
         */
        @Override
        public String toString() {
            return amount + "/d";
        }
    }

    /**
     * A daily dose that cannot be computed, because the description does not give some facts.
     *
     * @param missing the facts that are missing, at least one
     * @param reason a sentence for people: "unknown: the mass of one capsule and the number of capsules per
     *     day are not given"
     * @since 0.1.0
     */
    record Unknown(Set<MissingFact> missing, String reason) implements DailyDose {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if {@code missing} is empty or {@code reason} is blank
         */
        public Unknown {
            missing = Checks.copyOfSet(missing, "missing");
            if (missing.isEmpty()) {
                throw new IllegalArgumentException("missing must not be empty; an unknown daily dose names the"
                        + " facts it lacks");
            }
            reason = Checks.requireNonBlank(reason, "reason");
        }

        @Override
        public Optional<CfuAmount> knownAmount() {
            return Optional.empty();
        }

        /**
         * The reason.
         *
         * @return the reason
         */
        @Override
        public String toString() {
            return reason;
        }
    }
}
