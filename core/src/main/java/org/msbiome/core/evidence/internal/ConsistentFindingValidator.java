package org.msbiome.core.evidence.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.evidence.ConsistentFinding;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.StudyDesign;
import org.msbiome.core.evidence.Subjects;
import org.msbiome.core.internal.Violations;
import org.msbiome.core.outcome.Outcome;

/**
 * Validates {@link ConsistentFinding} on {@link Finding}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class ConsistentFindingValidator implements ConstraintValidator<ConsistentFinding, Finding> {

    /** Creates the validator. */
    public ConsistentFindingValidator() {}

    @Override
    public boolean isValid(@Nullable Finding value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context, ConsistentFinding.class);
        StudyDesign design = value.study().design();
        if (!design.interventions().contains(value.intervention())) {
            violations.at("interventionNotInStudy", "intervention");
        }
        if (!design.outcomes().isEmpty()
                && design.outcomes().stream().map(Outcome::measure).noneMatch(value.measure()::equals)) {
            violations.at("outcomeNotInStudy", "outcome");
        }
        if (value.subjects().isPresent()) {
            Subjects subjects = value.subjects().get();
            boolean matches = design instanceof StudyDesign.Clinical
                    ? subjects instanceof Subjects.Patients
                    : subjects instanceof Subjects.AnimalModel;
            if (!matches) {
                violations.at("subjectsDoNotMatchDesign", "subjects");
            }
        }
        if (value.result().comparison() == Comparison.VS_PLACEBO) {
            if (!hasPlacebo(design)) {
                violations.at("noPlaceboInStudy", "result", "comparison");
            }
            if (value.intervention() instanceof Placebo) {
                violations.at("interventionIsPlacebo", "intervention");
            }
        }
        return violations.valid();
    }

    private static boolean hasPlacebo(StudyDesign design) {
        if (design.interventions().stream().anyMatch(Placebo.class::isInstance)) {
            return true;
        }
        if (design instanceof StudyDesign.Clinical clinical) {
            return clinical.trial().arms().stream().anyMatch(a -> a.type() == ArmType.PLACEBO_COMPARATOR);
        }
        return ((StudyDesign.Preclinical) design).study().groups().stream()
                .anyMatch(g -> g.type().filter(t -> t == ArmType.PLACEBO_COMPARATOR).isPresent());
    }
}
