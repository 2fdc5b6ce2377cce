package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Periods;

/**
 * Toxin-induced demyelination by a cuprizone diet (https://pmc.ncbi.nlm.nih.gov/articles/PMC7654287/table/T2).
 *
 * @param dietDuration how long the cuprizone diet was fed, when reported
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Cuprizone(Optional<Period> dietDuration) implements DiseaseModel {

    /**
     * @throws NullPointerException if the component is null
     * @throws IllegalArgumentException if the duration is not longer than zero
     */
    public Cuprizone {
        Objects.requireNonNull(dietDuration, "dietDuration");
        dietDuration.ifPresent(d -> Periods.requirePositive(d, "dietDuration"));
    }
}
