package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Decimals;

/**
 * A clinical score with the scale it is on. {@link ScoreOnScale} checks that the value is one of the
 * scale's levels.
 *
 * @param scale the scale
 * @param value the score
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@ScoreOnScale
public record ClinicalScore(ScoreScale scale, BigDecimal value) {

    /**
     * @throws NullPointerException if a component is null
     */
    public ClinicalScore {
        Objects.requireNonNull(scale, "scale");
        Decimals.checkBounded(Objects.requireNonNull(value, "value"), "clinical score");
    }

    /**
     * A score on this scale, written as a decimal number like {@code "2.5"}.
     *
     * @throws NullPointerException if an argument is null
     * @throws NumberFormatException if the value is not a decimal number
     */
    public static ClinicalScore of(ScoreScale scale, String value) {
        return new ClinicalScore(scale, new BigDecimal(value));
    }

    /** The meaning of the score on its scale, if the score is one of its levels. */
    public java.util.Optional<String> meaning() {
        return scale.meaning(value);
    }
}
