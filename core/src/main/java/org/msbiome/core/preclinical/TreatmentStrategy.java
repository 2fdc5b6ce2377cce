package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * Whether treatment starts before disease induction (prophylactic, "pretreatment … before disease
 * induction") or in established disease (therapeutic), as EAE studies report it (the IRT5 study, Clin
 * Immunol 2013, PMID 23416238; the B. fragilis PSA study, Mucosal Immunol 2010, PMID 20531465; Lavasani
 * 2010, PMID 20126401). The first authors of the first two are not in the team's sources, so they are cited
 * by PMID.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum TreatmentStrategy {
    /** Treatment starts before induction. */
    PROPHYLACTIC("prophylactic"),
    /** Treatment starts in ongoing disease. */
    THERAPEUTIC("therapeutic");

    private final String code;

    TreatmentStrategy(String code) {
        this.code = code;
    }

    /** The code, lower case, like {@code prophylactic}. */
    public String code() {
        return code;
    }

    /**
     * The strategy with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no strategy has this code; the message lists the valid codes
     */
    public static TreatmentStrategy fromCode(String code) {
        return Codes.fromCode(TreatmentStrategy.values(), TreatmentStrategy::code, "treatment strategy", code);
    }
}
