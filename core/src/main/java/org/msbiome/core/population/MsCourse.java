package org.msbiome.core.population;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * An MS phenotype with its modifiers, like "RRMS, active" or "SPMS, not active, with progression", per
 * Lublin et al. 2014 (PMID 24871874). A modifier the source does not report is empty.
 *
 * @param phenotype the phenotype
 * @param activity the activity modifier, when reported
 * @param progression the progression modifier, when reported; progressive phenotypes only
 * @since 0.1.0
 */
public record MsCourse(MsPhenotype phenotype, Optional<DiseaseActivity> activity, Optional<Progression> progression) {

    /**
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a progression modifier is given for CIS or RRMS, which Lublin 2014
     *     qualifies by activity only
     */
    public MsCourse {
        Objects.requireNonNull(phenotype, "phenotype");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(progression, "progression");
        if (progression.isPresent() && !phenotype.isProgressive()) {
            throw new IllegalArgumentException("progression " + Checks.quote(progression.get().code())
                    + " does not apply to phenotype " + Checks.quote(phenotype.code())
                    + "; expected a progression modifier only for spms or ppms (Lublin 2014)");
        }
    }

    /**
     * A phenotype without reported modifiers.
     *
     * @throws NullPointerException if {@code phenotype} is null
     */
    public static MsCourse of(MsPhenotype phenotype) {
        return new MsCourse(phenotype, Optional.empty(), Optional.empty());
    }

    /** A copy with this activity modifier. */
    public MsCourse withActivity(DiseaseActivity activity) {
        return new MsCourse(phenotype, Optional.of(activity), progression);
    }

    /**
     * A copy with this progression modifier.
     *
     * @throws IllegalArgumentException if the phenotype is not progressive
     */
    public MsCourse withProgression(Progression progression) {
        return new MsCourse(phenotype, activity, Optional.of(progression));
    }
}
