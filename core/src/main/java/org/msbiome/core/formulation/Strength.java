package org.msbiome.core.formulation;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.msbiome.core.internal.Checks;

/**
 * An amount of colony-forming units per unit of product: "2 × 10^9 CFU/g", "10^9 CFU per capsule".
 *
 * @param amount the amount in one unit
 * @param per the unit the amount is in
 * @since 0.1.0
 */
public record Strength(CfuAmount amount, DoseUnit per) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     */
    public Strength {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(per, "per");
    }

    /**
     * The strength {@code amount} per {@code per}.
     *
     * @param amount the amount in one unit
     * @param per the unit
     * @return the strength
     * @throws NullPointerException if an argument is null
     */
    public static Strength of(CfuAmount amount, DoseUnit per) {
        return new Strength(amount, per);
    }

    /**
     * Parses an amount, a slash or the word "per", and a {@linkplain DoseUnit#code() unit code}:
     * "2 × 10^9 CFU/g", "2e9 [CFU]/g", "10^9 CFU per capsule".
     *
     * @param text the strength
     * @return the strength
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text has no unit it is per, an unknown unit, or a malformed
     *     amount (see {@link CfuAmount#parse(String)})
     */
    public static Strength parse(String text) {
        Objects.requireNonNull(text, "text");
        String where = "strength " + Checks.quote(text);
        String[] parts = text.split("/|(?i)\\s+per\\s+", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(where + (parts.length == 1 ? " does not say what the amount is per"
                    : " has more than one '/' or 'per'") + "; expected an amount per unit, like '2 × 10^9 CFU/g' or"
                    + " '10^9 CFU per capsule'");
        }
        String unit = parts[1].strip();
        DoseUnit per = Arrays.stream(DoseUnit.values())
                .filter(u -> u.code().equals(unit))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where + ": unit " + Checks.quote(unit)
                        + " is unknown; expected one of "
                        + Arrays.stream(DoseUnit.values()).map(DoseUnit::code).collect(Collectors.joining(", "))));
        return new Strength(CfuAmount.parse(parts[0]), per);
    }

    /**
     * The strength as "2e9 [CFU]/g" ({@code [CFU]/g} and {@code [CFU]/mL} are UCUM units; the countable
     * units are written by their code, "2e9 [CFU]/capsule").
     *
     * @return the text, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return amount + "/" + per.code();
    }
}
