package org.msbiome.core.evidence;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.EffectSize;
import org.msbiome.core.immune.ImmuneEffect;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.outcome.MarkerMeasure;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.core.outcome.OutcomeMeasure;

/**
 * One result of a study: the effect of one of its interventions on one outcome (a clinical measure or an
 * immune marker), in its people or animal model, as published ({@link ComparisonResult}: comparison,
 * direction, P value, group summaries, effect size when there is one).
 *
 * <p>{@link ConsistentFinding} checks that the parts agree with the study: the intervention is one the
 * study gives, the outcome is one it lists, the subjects are people for a clinical study and animals for a
 * preclinical one, and a comparison with placebo is made in a study that has a placebo.
 *
 * <pre>{@code
 * Finding edss = Finding.of(kouchaki, "probiotic capsule", Outcome.of(StandardMeasure.EDSS),
 *         ComparisonResult.ofGroups(Comparison.VS_PLACEBO, Direction.DECREASED,
 *                 MeanSummary.ofPlusMinus(30, -0.3, 0.6), MeanSummary.ofPlusMinus(30, 0.1, 0.3),
 *                 PValue.parse("P = 0.001")));
 * }</pre>
 *
 * @param study the study
 * @param intervention the intervention whose effect this is, one of the study's
 * @param outcome what was measured
 * @param subjects whom the finding is about, when known (the study's population or animal model, or a
 *     subgroup of it)
 * @param result what was found
 * @since 0.1.0
 */
@ConsistentFinding
public record Finding(
        @Valid Study study,
        @Valid Intervention intervention,
        @Valid Outcome outcome,
        Optional<@Valid Subjects> subjects,
        @Valid ComparisonResult result) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Finding {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(result, "result");
    }

    /**
     * A finding about the intervention the study names {@code interventionName}, in the study's own
     * subjects: its population for a clinical study (empty when the design has none), its animals and
     * model for a preclinical one.
     *
     * @param study the study
     * @param interventionName the name of one of the study's interventions
     * @param outcome what was measured
     * @param result what was found
     * @return the finding
     * @throws NullPointerException if an argument is null, naming it
     * @throws IllegalArgumentException if the study gives no intervention of that name; the message lists
     *     the names it gives
     */
    public static Finding of(Study study, String interventionName, Outcome outcome, ComparisonResult result) {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(interventionName, "interventionName");
        Intervention intervention = study.intervention(interventionName).orElseThrow(() -> new IllegalArgumentException(
                "study " + Checks.quote(study.label()) + " gives no intervention " + Checks.quote(interventionName)
                        + "; expected one of " + study.design().interventions().stream()
                                .map(i -> Checks.quote(i.name())).toList()));
        return new Finding(study, intervention, outcome, subjectsOf(study.design()), result);
    }

    /**
     * A finding from an immune effect: the outcome is the effect's marker, measured in the specimen and
     * unit of its {@linkplain org.msbiome.core.immune.MeasurementContext context}, and the result is the
     * effect's result.
     *
     * @param study the study
     * @param interventionName the name of one of the study's interventions
     * @param effect the immune effect
     * @return the finding
     * @throws NullPointerException if an argument is null, naming it
     * @throws IllegalArgumentException if the study gives no intervention of that name
     */
    public static Finding ofImmuneEffect(Study study, String interventionName, ImmuneEffect effect) {
        Objects.requireNonNull(effect, "effect");
        Outcome outcome = Outcome.of(new MarkerMeasure(effect.marker(), effect.context().specimen(),
                effect.context().unit()));
        return of(study, interventionName, outcome, effect.result());
    }

    /**
     * A copy about these subjects (for example a subgroup of the study's population).
     *
     * @param newSubjects the subjects
     * @return the copy
     * @throws NullPointerException if {@code newSubjects} is null
     */
    public Finding withSubjects(Subjects newSubjects) {
        return new Finding(study, intervention, outcome, Optional.of(Objects.requireNonNull(newSubjects, "subjects")),
                result);
    }

    /**
     * A copy with this result (for example with an effect size computed from the group summaries).
     *
     * @param newResult the result
     * @return the copy
     * @throws NullPointerException if {@code newResult} is null
     */
    public Finding withResult(ComparisonResult newResult) {
        return new Finding(study, intervention, outcome, subjects, Objects.requireNonNull(newResult, "result"));
    }

    /**
     * What was measured: the outcome's measure.
     *
     * @return the measure
     */
    public OutcomeMeasure measure() {
        return outcome.measure();
    }

    /**
     * The effect size, when there is one.
     *
     * @return the result's effect size, or empty
     */
    public Optional<EffectSize> effect() {
        return result.effect();
    }

    private static Optional<Subjects> subjectsOf(StudyDesign design) {
        if (design instanceof StudyDesign.Clinical clinical) {
            return clinical.trial().population().map(Subjects.Patients::new);
        }
        StudyDesign.Preclinical preclinical = (StudyDesign.Preclinical) design;
        return Optional.of(new Subjects.AnimalModel(preclinical.study().animals(), preclinical.study().model()));
    }
}
