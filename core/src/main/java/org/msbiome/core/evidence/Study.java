package org.msbiome.core.evidence;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.preclinical.PreclinicalStudy;
import org.msbiome.core.registry.RegistryId;

/**
 * A study: how people refer to it, where it was published, its design (clinical or preclinical) and
 * its registry identifiers.
 *
 * <p>The first citation is the primary one, the article that reports the study's results; further
 * citations (a protocol, a secondary analysis) follow. A study is {@linkplain #isRetracted() retracted}
 * when its primary citation is: the retraction of a protocol or of a secondary article does not withdraw
 * the results.
 *
 * <pre>{@code
 * Study tamtaji = Study.of("Tamtaji 2017", tamtajiCitation, tamtajiDesign);
 * tamtaji.isRetracted();   // true: retraction 2024 (38980210)
 * }</pre>
 *
 * @param label how the study is referred to, unique within one pooling, like {@code Kouchaki 2017}; trimmed
 * @param citations the primary citation first, then any others; at least one, no duplicates
 * @param design the study's design
 * @param registrations registry identifiers of the study besides those its trial design lists (for
 *     example the registration of a preclinical study); no duplicates
 * @since 0.1.0
 */
public record Study(String label, List<Citation> citations, @Valid StudyDesign design, List<RegistryId> registrations) {

    /**
     * Checks and normalises the components.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     * @throws IllegalArgumentException if the label is blank, there is no citation, or a citation or a
     *     registration is listed twice
     */
    public Study {
        label = Checks.requireNonBlank(label, "label");
        citations = Checks.copyOf(citations, "citations");
        Objects.requireNonNull(design, "design");
        registrations = Checks.copyOf(registrations, "registrations");
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("study " + Checks.quote(label)
                    + " has no citation; expected at least the primary citation, the article reporting its results");
        }
        if (new HashSet<>(citations).size() != citations.size()) {
            throw new IllegalArgumentException("study " + Checks.quote(label) + " lists a citation twice; expected each once");
        }
        if (new HashSet<>(registrations).size() != registrations.size()) {
            throw new IllegalArgumentException(
                    "study " + Checks.quote(label) + " lists a registration twice; expected each once");
        }
    }

    /**
     * A clinical study with one citation and no registrations besides those of its design.
     *
     * @param label how the study is referred to
     * @param primary the article reporting its results
     * @param trial the trial design
     * @return the study
     * @throws NullPointerException if an argument is null, naming it
     * @throws IllegalArgumentException if the label is blank
     */
    public static Study of(String label, Citation primary, TrialDesign trial) {
        return new Study(label, List.of(Objects.requireNonNull(primary, "primary")), new StudyDesign.Clinical(trial),
                List.of());
    }

    /**
     * A preclinical study with one citation and no registrations.
     *
     * @param label how the study is referred to
     * @param primary the article reporting its results
     * @param study the preclinical design
     * @return the study
     * @throws NullPointerException if an argument is null, naming it
     * @throws IllegalArgumentException if the label is blank
     */
    public static Study of(String label, Citation primary, PreclinicalStudy study) {
        return new Study(label, List.of(Objects.requireNonNull(primary, "primary")),
                new StudyDesign.Preclinical(study), List.of());
    }

    /**
     * A copy with {@code citation} added after the existing ones (a protocol, a secondary article).
     *
     * @param citation the citation
     * @return the copy
     * @throws NullPointerException if {@code citation} is null
     * @throws IllegalArgumentException if the citation is already listed
     */
    public Study withCitation(Citation citation) {
        List<Citation> all = new ArrayList<>(citations);
        all.add(Objects.requireNonNull(citation, "citation"));
        return new Study(label, all, design, registrations);
    }

    /**
     * A copy with {@code registration} added.
     *
     * @param registration the registry identifier
     * @return the copy
     * @throws NullPointerException if {@code registration} is null
     * @throws IllegalArgumentException if it is already listed
     */
    public Study withRegistration(RegistryId registration) {
        List<RegistryId> all = new ArrayList<>(registrations);
        all.add(Objects.requireNonNull(registration, "registration"));
        return new Study(label, citations, design, all);
    }

    /**
     * The primary citation: the article reporting the study's results.
     *
     * @return the first citation
     */
    public Citation primaryCitation() {
        return citations.get(0);
    }

    /**
     * Whether the study is retracted: its primary citation records a retraction.
     *
     * @return true if the primary citation is retracted
     */
    public boolean isRetracted() {
        return primaryCitation().isRetracted();
    }

    /**
     * The retraction notice of the primary citation, if one is recorded.
     *
     * @return the retraction notice, or empty
     */
    public Optional<IntegrityNotice> retraction() {
        return primaryCitation().retraction();
    }

    /**
     * All registry identifiers: those of the trial design, then the study's own, each once.
     *
     * @return the registry identifiers
     */
    public List<RegistryId> registryIds() {
        Set<RegistryId> all = new LinkedHashSet<>();
        if (design instanceof StudyDesign.Clinical clinical) {
            all.addAll(clinical.trial().registrations());
        }
        all.addAll(registrations);
        return List.copyOf(all);
    }

    /**
     * The intervention with this name, if the study's design gives one.
     *
     * @param name the intervention's name
     * @return the intervention, or empty
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<Intervention> intervention(String name) {
        Objects.requireNonNull(name, "name");
        return design.interventions().stream().filter(i -> i.name().equals(name)).findFirst();
    }
}
