package org.msbiome.core.evidence;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.internal.Checks;

/**
 * A GRADE assessment of the certainty of a body of evidence on one outcome: the kind of studies (which
 * sets the starting level), whom they were done in, the reasons rated down and up with their rationale,
 * and the resulting {@linkplain #certainty() certainty}.
 *
 * <p>The certainty is computed, never stored (GRADE Working Group; table at
 * https://bmjopen.bmj.com/highwire/markup/215908/expansion):
 *
 * <pre>
 * rank = start(design) − Σ downgrade levels + Σ upgrade levels,   clamped to 1 (very low) … 4 (high)
 * </pre>
 *
 * <p>where randomised trials start at high (4) and observational studies at low (2). Each reason may be
 * given at most once. GRADE describes rating up for methodologically rigorous observational studies; this
 * type does not forbid rating up randomised trials, so a reviewer's decision stays recorded as made.
 *
 * <p>Evidence from animals for a question about people cannot be rated above low without a recorded
 * reason ({@link #animalEvidenceRationale()}): checked by {@link AnimalEvidenceCertainty} when the
 * assessment is validated ({@code MsbiomeValidation.validator().validate(assessment)}). That rule is
 * msbiome's policy: GRADE itself gives no rule for animal evidence.
 *
 * @param outcome the outcome the body of evidence is about, like {@code EDSS}; trimmed, not blank
 * @param design the kind of studies, which sets the starting level
 * @param subjects whom the studies were done in
 * @param downgrades the reasons rated down, each domain at most once
 * @param upgrades the reasons rated up, each domain at most once
 * @param animalEvidenceRationale why evidence from animals is rated above low, when it is; only for
 *     {@link EvidenceSubjects#ANIMALS}
 * @since 0.1.0
 */
@AnimalEvidenceCertainty
public record GradeAssessment(
        String outcome,
        GradeStartingDesign design,
        EvidenceSubjects subjects,
        List<@Valid GradeDowngrade> downgrades,
        List<@Valid GradeUpgrade> upgrades,
        Optional<String> animalEvidenceRationale) {

    /**
     * Checks and normalises the components.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     * @throws IllegalArgumentException if the outcome is blank; if a domain is rated twice; or if an
     *     animal-evidence rationale is given for evidence from humans, or is blank
     */
    public GradeAssessment {
        outcome = Checks.requireNonBlank(outcome, "outcome");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(subjects, "subjects");
        downgrades = Checks.copyOf(downgrades, "downgrades");
        upgrades = Checks.copyOf(upgrades, "upgrades");
        animalEvidenceRationale = Objects.requireNonNull(animalEvidenceRationale, "animalEvidenceRationale")
                .map(r -> Checks.requireNonBlank(r, "animalEvidenceRationale"));
        Set<GradeDowngradeDomain> down = EnumSet.noneOf(GradeDowngradeDomain.class);
        for (GradeDowngrade d : downgrades) {
            if (!down.add(d.domain())) {
                throw new IllegalArgumentException("downgrades rate " + d.domain().code()
                        + " more than once; expected each domain at most once (1 or 2 levels)");
            }
        }
        Set<GradeUpgradeDomain> up = EnumSet.noneOf(GradeUpgradeDomain.class);
        for (GradeUpgrade u : upgrades) {
            if (!up.add(u.domain())) {
                throw new IllegalArgumentException("upgrades rate " + u.domain().code()
                        + " more than once; expected each domain at most once");
            }
        }
        if (subjects == EvidenceSubjects.HUMANS && animalEvidenceRationale.isPresent()) {
            throw new IllegalArgumentException(
                    "animalEvidenceRationale is given for evidence from humans; expected it only for evidence from animals");
        }
    }

    /**
     * An assessment with no reason to rate down or up yet.
     *
     * @param outcome the outcome
     * @param design the kind of studies
     * @param subjects whom the studies were done in
     * @return the assessment
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the outcome is blank
     */
    public static GradeAssessment of(String outcome, GradeStartingDesign design, EvidenceSubjects subjects) {
        return new GradeAssessment(outcome, design, subjects, List.of(), List.of(), Optional.empty());
    }

    /**
     * A copy rated down for one more reason.
     *
     * @param downgrade the reason
     * @return the copy
     * @throws NullPointerException if {@code downgrade} is null
     * @throws IllegalArgumentException if its domain is already rated down
     */
    public GradeAssessment withDowngrade(GradeDowngrade downgrade) {
        return new GradeAssessment(outcome, design, subjects, append(downgrades, downgrade, "downgrade"), upgrades,
                animalEvidenceRationale);
    }

    /**
     * A copy rated up for one more reason.
     *
     * @param upgrade the reason
     * @return the copy
     * @throws NullPointerException if {@code upgrade} is null
     * @throws IllegalArgumentException if its domain is already rated up
     */
    public GradeAssessment withUpgrade(GradeUpgrade upgrade) {
        return new GradeAssessment(outcome, design, subjects, downgrades, append(upgrades, upgrade, "upgrade"),
                animalEvidenceRationale);
    }

    /**
     * A copy recording why evidence from animals is rated above low.
     *
     * @param rationale why
     * @return the copy
     * @throws NullPointerException if {@code rationale} is null
     * @throws IllegalArgumentException if the rationale is blank, or the evidence is from humans
     */
    public GradeAssessment withAnimalEvidenceRationale(String rationale) {
        return new GradeAssessment(outcome, design, subjects, downgrades, upgrades,
                Optional.of(Objects.requireNonNull(rationale, "rationale")));
    }

    /**
     * The level the rating starts from: {@code design().startingCertainty()}.
     *
     * @return high for randomised trials, low for observational studies
     */
    public GradeCertainty startingCertainty() {
        return design.startingCertainty();
    }

    /**
     * The levels rated up minus the levels rated down, before clamping.
     *
     * @return the net change, negative when rated down
     */
    public int netChange() {
        int down = downgrades.stream().mapToInt(GradeDowngrade::levels).sum();
        int up = upgrades.stream().mapToInt(GradeUpgrade::levels).sum();
        return up - down;
    }

    /**
     * The resulting certainty: the starting level moved by {@link #netChange()}, clamped to very low …
     * high.
     *
     * @return the certainty
     */
    public GradeCertainty certainty() {
        return GradeCertainty.ofClampedRank(startingCertainty().rank() + netChange());
    }

    private static <T> List<T> append(List<T> list, T element, String name) {
        Objects.requireNonNull(element, name);
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(element)).toList();
    }
}
