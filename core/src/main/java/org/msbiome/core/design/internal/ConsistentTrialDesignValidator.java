package org.msbiome.core.design.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.ConsistentTrialDesign;
import org.msbiome.core.design.DesignPart;
import org.msbiome.core.design.Enrollment;
import org.msbiome.core.design.EnrollmentType;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.design.InterventionModel;
import org.msbiome.core.design.Phase;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.internal.Violations;

/**
 * Validates {@link ConsistentTrialDesign} on {@link TrialDesign}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class ConsistentTrialDesignValidator
        implements ConstraintValidator<ConsistentTrialDesign, TrialDesign> {

    private static final Set<ArmType> GIVING_ARMS = EnumSet.of(ArmType.EXPERIMENTAL, ArmType.ACTIVE_COMPARATOR,
            ArmType.PLACEBO_COMPARATOR, ArmType.SHAM_COMPARATOR);

    /** Creates the validator. */
    public ConsistentTrialDesignValidator() {}

    @Override
    public boolean isValid(@Nullable TrialDesign value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context, ConsistentTrialDesign.class);
        List<Arm> arms = value.arms();
        boolean armsReported = value.reported(DesignPart.ARMS);
        checkAbsentParts(value, violations);
        if (armsReported && value.allocation().orElse(null) == Allocation.RANDOMIZED && arms.size() < 2) {
            violations.at("randomizedArms", "arms");
        }
        if (armsReported && value.interventionModel().orElse(null) == InterventionModel.SINGLE_GROUP
                && arms.size() != 1) {
            violations.at("singleGroupArms", "arms");
        }
        if (value.interventionModel().orElse(null) == InterventionModel.CROSSOVER
                && value.washout().isEmpty()
                && value.periods().isEmpty()) {
            violations.at("crossoverWashout", "washout");
        }
        value.allocationRatio()
                .filter(ratio -> armsReported && ratio.parts().size() != arms.size())
                .ifPresent(ratio -> violations.at("allocationRatioParts", "allocationRatio"));
        checkPhases(value.phases(), violations);
        checkEnrollment(value, violations);
        checkArms(value, violations);
        checkInterventions(value, violations);
        return violations.valid();
    }

    private static void checkAbsentParts(TrialDesign value, Violations violations) {
        for (DesignPart part : value.absent().keySet()) {
            List<?> values = switch (part) {
                case ARMS -> value.arms();
                case INTERVENTIONS -> value.interventions();
                case OUTCOMES -> value.outcomes();
            };
            if (!values.isEmpty()) {
                violations.at("absentPartHasValues", part.code());
            }
        }
    }

    private static void checkPhases(List<Phase> phases, Violations violations) {
        if (phases.contains(Phase.NA) && phases.size() > 1) {
            violations.at("notApplicablePhase", "phases");
        } else if (phases.size() > 1 && EnumSet.copyOf(phases).size() != phases.size()) {
            violations.at("duplicatePhase", "phases");
        }
    }

    private static void checkEnrollment(TrialDesign value, Violations violations) {
        Enrollment enrollment = value.enrollment().orElse(null);
        if (enrollment == null || enrollment.type() != EnrollmentType.ACTUAL) {
            return;
        }
        int assigned = 0;
        for (Arm arm : value.arms()) {
            assigned += arm.participants().orElse(0);
        }
        if (assigned > enrollment.count()) {
            violations.at("armsExceedEnrollment", "arms");
        }
    }

    private static void checkArms(TrialDesign value, Violations violations) {
        // the interventions by name, once: a look-up per name an arm gives, not a scan (n arms × n names × n
        // interventions would be cubic in the size of a trial)
        Map<String, Intervention> interventions = new HashMap<>();
        for (Intervention intervention : value.interventions()) {
            interventions.putIfAbsent(intervention.name(), intervention);
        }
        List<Arm> arms = value.arms();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < arms.size(); i++) {
            Arm arm = arms.get(i);
            if (!labels.add(arm.label())) {
                violations.atElement("duplicateArmLabel", "arms", i, "label");
            }
            List<String> names = arm.interventionNames();
            if (!allKnown(names, interventions)) {
                violations.atElement("unknownIntervention", "arms", i, "interventionNames");
            }
            if (GIVING_ARMS.contains(arm.type()) && names.isEmpty()) {
                violations.atElement("armGivesNothing", "arms", i, "interventionNames");
            }
            if (arm.type() == ArmType.NO_INTERVENTION && !names.isEmpty()) {
                violations.atElement("noInterventionArmGives", "arms", i, "interventionNames");
            }
            if (arm.type() == ArmType.PLACEBO_COMPARATOR && !names.isEmpty() && !givesPlacebo(names, interventions)) {
                violations.atElement("placeboArmWithoutPlacebo", "arms", i, "interventionNames");
            }
        }
    }

    private static boolean allKnown(List<String> names, Map<String, Intervention> interventions) {
        for (String name : names) {
            if (!interventions.containsKey(name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean givesPlacebo(List<String> names, Map<String, Intervention> interventions) {
        for (String name : names) {
            if (interventions.get(name) instanceof Placebo) {
                return true;
            }
        }
        return false;
    }

    private static void checkInterventions(TrialDesign value, Violations violations) {
        Set<String> names = new HashSet<>();
        Set<String> given = new HashSet<>();
        for (Arm arm : value.arms()) {
            given.addAll(arm.interventionNames());
        }
        boolean armsReported = value.reported(DesignPart.ARMS);
        List<Intervention> interventions = value.interventions();
        for (int i = 0; i < interventions.size(); i++) {
            Intervention intervention = interventions.get(i);
            if (!names.add(intervention.name())) {
                violations.atElement("duplicateInterventionName", "interventions", i, "name");
            }
            if (armsReported && !given.contains(intervention.name())) {
                violations.atElement("interventionWithoutArm", "interventions", i);
            }
        }
    }
}
