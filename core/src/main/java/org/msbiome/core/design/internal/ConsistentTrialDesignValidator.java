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
import org.msbiome.core.design.AllocationRatio;
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
        AllocationRatio ratio = value.allocationRatio().orElse(null);
        if (ratio != null && armsReported && ratio.parts().size() != arms.size()) {
            violations.at("allocationRatioParts", "allocationRatio");
        }
        checkPhases(value.phases(), violations);
        checkEnrollment(value, violations);
        // the first position of each intervention name, once: a look-up per name an arm gives, not a scan (n arms
        // × n names × n interventions would be cubic in the size of a trial)
        Map<String, Integer> firstByName = new HashMap<>();
        List<Intervention> interventions = value.interventions();
        for (int i = 0; i < interventions.size(); i++) {
            firstByName.putIfAbsent(interventions.get(i).name(), i);
        }
        checkArms(value, firstByName, violations);
        checkInterventions(value, firstByName, violations);
        return violations.valid();
    }

    private static void checkAbsentParts(TrialDesign value, Violations violations) {
        if (value.absent().isEmpty()) {
            return;
        }
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

    private static void checkArms(TrialDesign value, Map<String, Integer> firstByName, Violations violations) {
        List<Arm> arms = value.arms();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < arms.size(); i++) {
            Arm arm = arms.get(i);
            if (!labels.add(arm.label())) {
                violations.atElement("duplicateArmLabel", "arms", i, "label");
            }
            List<String> names = arm.interventionNames();
            if (!allKnown(names, firstByName)) {
                violations.atElement("unknownIntervention", "arms", i, "interventionNames");
            }
            if (GIVING_ARMS.contains(arm.type()) && names.isEmpty()) {
                violations.atElement("armGivesNothing", "arms", i, "interventionNames");
            }
            if (arm.type() == ArmType.NO_INTERVENTION && !names.isEmpty()) {
                violations.atElement("noInterventionArmGives", "arms", i, "interventionNames");
            }
            if (arm.type() == ArmType.PLACEBO_COMPARATOR && !names.isEmpty()
                    && !givesPlacebo(names, value.interventions(), firstByName)) {
                violations.atElement("placeboArmWithoutPlacebo", "arms", i, "interventionNames");
            }
        }
    }

    private static boolean allKnown(List<String> names, Map<String, Integer> firstByName) {
        for (int i = 0; i < names.size(); i++) {
            if (!firstByName.containsKey(names.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the names is of a placebo (the first intervention of that name). */
    private static boolean givesPlacebo(List<String> names, List<Intervention> interventions,
            Map<String, Integer> firstByName) {
        for (int i = 0; i < names.size(); i++) {
            Integer first = firstByName.get(names.get(i));
            if (first != null && interventions.get(first) instanceof Placebo) {
                return true;
            }
        }
        return false;
    }

    private static void checkInterventions(TrialDesign value, Map<String, Integer> firstByName,
            Violations violations) {
        List<Intervention> interventions = value.interventions();
        boolean armsReported = value.reported(DesignPart.ARMS);
        // given[i]: an arm gives the name of intervention i (i the first position of that name)
        boolean[] given = new boolean[interventions.size()];
        if (armsReported) {
            for (Arm arm : value.arms()) {
                List<String> names = arm.interventionNames();
                for (int i = 0; i < names.size(); i++) {
                    Integer first = firstByName.get(names.get(i));
                    if (first != null) {
                        given[first] = true;
                    }
                }
            }
        }
        for (int i = 0; i < interventions.size(); i++) {
            int first = firstByName.get(interventions.get(i).name());
            if (first != i) {
                violations.atElement("duplicateInterventionName", "interventions", i, "name");
            }
            if (armsReported && !given[first]) {
                violations.atElement("interventionWithoutArm", "interventions", i);
            }
        }
    }
}
