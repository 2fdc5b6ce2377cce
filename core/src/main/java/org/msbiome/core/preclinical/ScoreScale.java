package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Decimals;

/**
 * A clinical score scale: its levels, each with its meaning, like "1 = mild limp tail". Labs use different
 * scales (there is no standard EAE score; https://wjgnet.com/2218-6212/full/v3/i3/56.htm), so every
 * {@link ClinicalScore} carries its scale. Well-known scales are in {@link ScoreScales}.
 *
 * @param name the scale's name
 * @param levels the levels of the scale and the meaning of each, at least two, in ascending order
 * @param source where the scale is published (DOI, PMID or URL), when known
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ScoreScale(String name, NavigableMap<BigDecimal, String> levels, Optional<String> source) {

    /**
     * Strips the texts and copies the levels into an unmodifiable sorted map; scores are compared by value,
     * so {@code 1.0} and {@code 1} are the same level.
     *
     * @throws NullPointerException if a component, a level or a meaning is null
     * @throws IllegalArgumentException if there are fewer than two levels, a level is listed twice, a level
     *     is negative, or a text is blank
     */
    public ScoreScale {
        name = Checks.requireNonBlank(name, "name");
        Objects.requireNonNull(levels, "levels");
        TreeMap<BigDecimal, String> copy = new TreeMap<>();
        for (Map.Entry<BigDecimal, String> level : levels.entrySet()) {
            BigDecimal score = Objects.requireNonNull(level.getKey(), "levels key");
            if (score.signum() < 0) {
                throw new IllegalArgumentException("score level " + Checks.quote(Decimals.describe(score))
                        + " is negative; expected levels from 0 upwards");
            }
            BigDecimal key = Decimals.requireBounded(score, "score level");
            String meaning = Checks.requireNonBlank(level.getValue(), "levels[" + key.toPlainString() + "]");
            if (copy.put(key, meaning) != null) {
                throw new IllegalArgumentException("score level " + Checks.quote(key.toPlainString())
                        + " is listed twice; expected each level once");
            }
        }
        if (copy.size() < 2) {
            throw new IllegalArgumentException("score scale " + Checks.quote(name) + " has "
                    + copy.size() + " level(s); expected at least two levels, each with its meaning");
        }
        levels = Collections.unmodifiableNavigableMap(copy);
        Objects.requireNonNull(source, "source");
        source = source.map(s -> Checks.requireNonBlank(s, "source"));
    }

    /** The lowest level. */
    public BigDecimal minimum() {
        return levels.firstKey();
    }

    /** The highest level. */
    public BigDecimal maximum() {
        return levels.lastKey();
    }

    /** Whether {@code score} is a level of this scale. */
    public boolean contains(BigDecimal score) {
        return Decimals.isBounded(score) && levels.containsKey(normalize(score));
    }

    /** The meaning of a level, if {@code score} is one. */
    public Optional<String> meaning(BigDecimal score) {
        return Decimals.isBounded(score) ? Optional.ofNullable(levels.get(normalize(score))) : Optional.empty();
    }

    private static BigDecimal normalize(BigDecimal score) {
        BigDecimal stripped = score.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
