package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;

/**
 * A study left out of a pooling, and why.
 *
 * @param study the study's label
 * @param reason why it was left out
 * @param explanation the details for people, like {@code Tamtaji OR 2017: retraction 2024 (38980210)}
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ExcludedStudy(String study, ExclusionReason reason, String explanation) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     * @throws IllegalArgumentException if the label or the explanation is blank
     */
    public ExcludedStudy {
        study = Checks.requireNonBlank(study, "study");
        Objects.requireNonNull(reason, "reason");
        explanation = Checks.requireNonBlank(explanation, "explanation");
    }
}
