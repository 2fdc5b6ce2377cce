package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * The bias domains of the SYRCLE risk-of-bias tool (Hooijmans et al. 2014, BMC Med Res Methodol 14:43;
 * https://pmc.ncbi.nlm.nih.gov/articles/PMC4230647/table/T2).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum SyrcleDomain {
    /** Selection bias. */
    SELECTION("selection"),
    /** Performance bias. */
    PERFORMANCE("performance"),
    /** Detection bias. */
    DETECTION("detection"),
    /** Attrition bias. */
    ATTRITION("attrition"),
    /** Reporting bias. */
    REPORTING("reporting"),
    /** Other bias. */
    OTHER("other");

    private final String code;

    SyrcleDomain(String code) {
        this.code = code;
    }

    /** The code, lower case, like {@code selection}. */
    public String code() {
        return code;
    }

    /**
     * The domain with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no domain has this code; the message lists the valid codes
     */
    public static SyrcleDomain fromCode(String code) {
        return Codes.fromCode(SyrcleDomain.values(), SyrcleDomain::code, "SYRCLE domain", code);
    }
}
