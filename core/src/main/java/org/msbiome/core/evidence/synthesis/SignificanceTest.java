package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * How the pooled estimate is tested and its intervals formed; codes are the {@code test} names of
 * metafor's {@code rma()}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum SignificanceTest {
    /**
     * Wald z-test: SE = sqrt(1/Σwᵢ*), confidence interval μ̂ ± z·SE, p-value from the standard normal,
     * prediction interval μ̂ ± z·sqrt(SE² + τ²) (metafor's default {@code test = "z"}).
     */
    Z("z"),
    /**
     * Knapp–Hartung (Knapp &amp; Hartung 2003, Stat Med 22(17):2693–2710; metafor {@code test = "knha"}):
     * SE² = s²/Σwᵢ* with s² = Σwᵢ*(yᵢ − μ̂)²/(k − 1), confidence interval μ̂ ± t·SE and p-value from the t
     * distribution with k − 1 degrees of freedom; the prediction interval μ̂ ± t·sqrt(SE² + τ²) uses the same
     * t quantile, as metafor 3.8-1's {@code predict()} does.
     */
    KNAPP_HARTUNG("knha");

    private final String code;

    SignificanceTest(String code) {
        this.code = code;
    }

    /**
     * The metafor name: {@code z} or {@code knha}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The test with this metafor name.
     *
     * @param code {@code z} or {@code knha}
     * @return the test
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no test has this code; the message lists the valid codes
     */
    public static SignificanceTest fromCode(String code) {
        return Codes.fromCode(values(), SignificanceTest::code, "significance test", code);
    }
}
