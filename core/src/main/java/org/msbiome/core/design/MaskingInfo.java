package org.msbiome.core.design;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.internal.Checks;

/**
 * The masking of a trial and who is masked: ClinicalTrials.gov API v2 {@code designInfo.maskingInfo}
 * ({@code masking}, {@code whoMasked[]}, {@code maskingDescription}); CONSORT 2010 item 11a ("who was
 * blinded after assignment to interventions … and how").
 *
 * <p>{@link ConsistentMasking} checks that an open-label trial ({@link Masking#NONE}) masks nobody. The
 * number of masked roles is not checked against {@code SINGLE}…{@code QUADRUPLE}: the sources read give
 * no rule that ties them.
 *
 * @param masking the masking
 * @param whoMasked the roles that are masked; empty when none was reported
 * @param description how masking was done, when reported
 * @since 0.1.0
 */
@ConsistentMasking
public record MaskingInfo(Masking masking, Set<WhoMasked> whoMasked, Optional<String> description) {

    /**
     * Copies the set and strips the description.
     *
     * @throws NullPointerException if a component or a role is null
     * @throws IllegalArgumentException if the description is blank
     */
    public MaskingInfo {
        Objects.requireNonNull(masking, "masking");
        whoMasked = Checks.copyOfSet(whoMasked, "whoMasked");
        Objects.requireNonNull(description, "description");
        description = description.map(d -> Checks.requireNonBlank(d, "description"));
    }

    /**
     * The masking and the masked roles, with no description.
     *
     * @throws NullPointerException if an argument or a role is null
     */
    public static MaskingInfo of(Masking masking, WhoMasked... whoMasked) {
        return new MaskingInfo(masking, Set.of(whoMasked), Optional.empty());
    }
}
