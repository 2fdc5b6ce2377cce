package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Options of a pooling: the confidence level of the confidence and prediction intervals, whether
 * retracted studies are included on purpose, and the significance test.
 *
 * @param confidenceLevel the level of the intervals, greater than 0 and at most 0.999999 (default 0.95)
 * @param includeRetracted whether retracted studies are pooled (default false: they are left out)
 * @param test the significance test (default z; Knapp–Hartung with {@link #withKnappHartung()})
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PoolingOptions(double confidenceLevel, boolean includeRetracted, SignificanceTest test) {
    /** The highest confidence level accepted: beyond it the normal quantile computed here loses accuracy. */
    public static final double MAXIMUM_CONFIDENCE_LEVEL = 0.999999;

    /**
     * Checks the confidence level.
     *
     * @throws NullPointerException if {@code test} is null
     * @throws IllegalArgumentException if {@code confidenceLevel} is not above 0 and at most
     *     {@link #MAXIMUM_CONFIDENCE_LEVEL}
     */
    public PoolingOptions {
        Objects.requireNonNull(test, "test");
        if (!(confidenceLevel > 0 && confidenceLevel <= MAXIMUM_CONFIDENCE_LEVEL)) {
            throw new IllegalArgumentException("confidenceLevel " + confidenceLevel
                    + " is out of range; expected a fraction above 0 and at most 0.999999, like 0.95");
        }
    }

    /**
     * The defaults: 95% intervals, retracted studies left out.
     *
     * @return the default options
     */
    public static PoolingOptions defaults() {
        return new PoolingOptions(0.95, false, SignificanceTest.Z);
    }

    /**
     * A copy with this confidence level.
     *
     * @param level the level, like 0.95
     * @return the copy
     * @throws IllegalArgumentException if the level is out of range
     */
    public PoolingOptions withConfidenceLevel(double level) {
        return new PoolingOptions(level, includeRetracted, test);
    }

    /**
     * A copy that includes retracted studies on purpose.
     *
     * @return the copy
     */
    public PoolingOptions includingRetracted() {
        return new PoolingOptions(confidenceLevel, true, test);
    }

    /**
     * A copy that tests with Knapp–Hartung (metafor {@code test = "knha"}).
     *
     * @return the copy
     */
    public PoolingOptions withKnappHartung() {
        return new PoolingOptions(confidenceLevel, includeRetracted, SignificanceTest.KNAPP_HARTUNG);
    }

    /**
     * A copy with this significance test.
     *
     * @param test the test
     * @return the copy
     * @throws NullPointerException if {@code test} is null
     */
    public PoolingOptions withTest(SignificanceTest test) {
        return new PoolingOptions(confidenceLevel, includeRetracted, test);
    }
}
