package org.msbiome.core.effect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * How a mean or an SD was estimated from a summary form other than mean ± SD. n is the group size,
 * a and b the minimum and maximum, q₁ and q₃ the quartiles, m the median, Φ⁻¹ the standard normal quantile.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum SummaryMethod {
    /** Mean as published. */
    MEAN_AS_PUBLISHED("mean-as-published"),
    /**
     * Mean from median and quartiles (Luo et al. 2018, Stat Methods Med Res 27(6):1785–1805, scenario S2):
     * (0.7 + 0.39/n)·(q₁ + q₃)/2 + (0.3 − 0.39/n)·m. (Wan et al. 2014's own (q₁ + m + q₃)/3 is not used.)
     */
    LUO_2018_QUARTILES("luo-2018-quartiles"),
    /**
     * Mean from median and range (Luo et al. 2018, scenario S1): w·(a + b)/2 + (1 − w)·m with
     * w = 4/(4 + n^0.75).
     */
    LUO_2018_RANGE("luo-2018-range"),
    /**
     * Mean from median, range and quartiles (Luo et al. 2018, scenario S3):
     * w₁·(a + b)/2 + w₂·(q₁ + q₃)/2 + (1 − w₁ − w₂)·m with w₁ = 2.2/(2.2 + n^0.75) and
     * w₂ = 0.7 − 0.72/n^0.55.
     */
    LUO_2018_RANGE_AND_QUARTILES("luo-2018-range-and-quartiles"),
    /**
     * SD from the interquartile range (Wan et al. 2014, BMC Med Res Methodol 14:135, scenario C3):
     * (q₃ − q₁)/(2Φ⁻¹((0.75n − 0.125)/(n + 0.25))).
     */
    WAN_2014_QUARTILES("wan-2014-quartiles"),
    /** SD from the range (Wan et al. 2014, scenario C1): (b − a)/(2Φ⁻¹((n − 0.375)/(n + 0.25))). */
    WAN_2014_RANGE("wan-2014-range"),
    /**
     * SD from range and quartiles (Wan et al. 2014, scenario C2):
     * (b − a)/(4Φ⁻¹((n − 0.375)/(n + 0.25))) + (q₃ − q₁)/(4Φ⁻¹((0.75n − 0.125)/(n + 0.25))).
     */
    WAN_2014_RANGE_AND_QUARTILES("wan-2014-range-and-quartiles"),
    /** SD as published. */
    SD_AS_PUBLISHED("sd-as-published"),
    /** SD = SE·√n (Cochrane Handbook 6.5.2.2). */
    SD_FROM_STANDARD_ERROR("sd-from-standard-error"),
    /** SD = √n·(upper − lower)/(2z), z the standard normal critical value of the level (Cochrane Handbook 6.5.2.2). */
    SD_FROM_INTERVAL_NORMAL("sd-from-interval-normal"),
    /**
     * SD = √n·(upper − lower)/(2t), t the critical value of the level with n − 1 degrees of freedom: the
     * Cochrane Handbook's formula for small groups (6.5.2.2).
     */
    SD_FROM_INTERVAL_T("sd-from-interval-t");

    private final String code;

    SummaryMethod(String code) {
        this.code = code;
    }

    /**
     * The lower-case kebab code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The method with this code.
     *
     * @param code the code
     * @return the method
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if there is none; the message lists the codes
     */
    public static SummaryMethod fromCode(String code) {
        return Codes.fromCode(values(), SummaryMethod::code, "summary method", code);
    }
}
