package org.msbiome.io.ctgov;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.internal.ViolationPointers;

/**
 * Checks the imported design against the vocabulary's rules and rejects, for each broken rule, the part of
 * the record that gave the value: an arm or intervention of the design points at the record's element it
 * came from; another property at the module that holds it.
 */
final class DesignViolations {
    /** Where the values of a design's property come from, relative to the protocol section. */
    private static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("arms", "/armsInterventionsModule/armGroups"),
            Map.entry("interventions", "/armsInterventionsModule/interventions"),
            Map.entry("phases", "/designModule/phases"),
            Map.entry("masking", "/designModule/designInfo/maskingInfo"),
            Map.entry("enrollment", "/designModule/enrollmentInfo"),
            Map.entry("population", "/eligibilityModule"),
            Map.entry("washout", "/designModule/designInfo/interventionModel"),
            Map.entry("periods", "/designModule/designInfo/interventionModel"),
            Map.entry("allocationRatio", "/designModule/designInfo/interventionModel"));

    private DesignViolations() {}

    /**
     * Rejects what breaks a rule of the vocabulary.
     *
     * @param base the pointer of the protocol section
     * @param arms the source pointer of each of the design's arms
     * @param interventions the source pointer of each of the design's interventions
     */
    static void check(Account account, TrialDesign design, String base, List<String> arms, List<String> interventions) {
        for (ConstraintViolation<TrialDesign> v : MsbiomeValidation.validator().validate(design)) {
            String path = v.getPropertyPath().toString();
            account.reject(new RejectedValue(pointerOf(ViolationPointers.steps(v), base, arms, interventions),
                    Optional.empty(), "the imported design breaks a rule of the vocabulary at "
                            + (path.isEmpty() ? "the design" : path) + ": " + v.getMessage()));
        }
    }

    private static String pointerOf(List<Object> steps, String base, List<String> arms, List<String> interventions) {
        if (steps.isEmpty() || !(steps.get(0) instanceof String property)) {
            return base;
        }
        if (steps.size() > 1 && steps.get(1) instanceof Integer index) {
            if (property.equals("arms") && index < arms.size()) {
                return arms.get(index);
            }
            if (property.equals("interventions") && index < interventions.size()) {
                return interventions.get(index);
            }
        }
        String source = SOURCES.get(property);
        return source == null ? base : base + source;
    }
}
