package org.msbiome.core.safety;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.internal.Checks;

/**
 * An adverse event as a trial reports it, with its counts per group.
 *
 * <p>The term and the organ system are kept as given (for MedDRA, the preferred term and the system organ
 * class), with the vocabulary they come from; they are opaque text, never checked against a terminology.
 *
 * @param term the event's term as given, like {@code Conjunctivitis}
 * @param organSystem the organ system (class) as given; empty when the source gives none
 * @param vocabulary the terminology of the term and organ system; empty when the source names none
 * @param seriousness whether the event is reported as serious
 * @param assessment how the event was ascertained; empty when not reported
 * @param grade the CTCAE v5.0 grade; empty when the source gives none (registries usually do not)
 * @param relatedness the relation to the intervention as the source states it (for example
 *     {@code possibly related}); empty when not stated
 * @param notes the source's notes on the event; empty when none
 * @param counts the counts per group, at most one per group
 * @since 0.1.0
 */
public record AdverseEvent(
        String term,
        Optional<String> organSystem,
        Optional<@Valid Vocabulary> vocabulary,
        Seriousness seriousness,
        Optional<Assessment> assessment,
        Optional<CtcaeGrade> grade,
        Optional<String> relatedness,
        Optional<String> notes,
        List<@Valid GroupCounts> counts) {
    /**
     * Creates an adverse event.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the term or a given text is blank, or two counts name the same group
     */
    public AdverseEvent {
        term = Checks.requireNonBlank(term, "term");
        organSystem = nonBlank(organSystem, "organSystem");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(seriousness, "seriousness");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(grade, "grade");
        relatedness = nonBlank(relatedness, "relatedness");
        notes = nonBlank(notes, "notes");
        counts = Checks.copyOf(counts, "counts");
        Set<String> groups = new HashSet<>();
        for (GroupCounts c : counts) {
            if (!groups.add(c.group())) {
                throw new IllegalArgumentException("counts of adverse event " + Checks.quote(term) + " name group "
                        + Checks.quote(c.group()) + " twice; expected one entry per group");
            }
        }
    }

    /**
     * An event with a term, organ system, vocabulary, seriousness, assessment and counts, and no grade,
     * relatedness or notes (the form in which registries report events).
     *
     * @param term the term
     * @param organSystem the organ system
     * @param vocabulary the vocabulary
     * @param seriousness the seriousness
     * @param assessment the assessment
     * @param counts the counts per group
     * @return the event
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static AdverseEvent of(String term, String organSystem, Vocabulary vocabulary, Seriousness seriousness,
            Assessment assessment, List<GroupCounts> counts) {
        return new AdverseEvent(term, Optional.of(organSystem), Optional.of(vocabulary), seriousness,
                Optional.of(assessment), Optional.empty(), Optional.empty(), Optional.empty(), counts);
    }

    /**
     * The counts of one group.
     *
     * @param group the group's identifier
     * @return its counts; empty when the event has none for that group
     */
    public Optional<GroupCounts> countsOf(String group) {
        return counts.stream().filter(c -> c.group().equals(group)).findFirst();
    }

    static Optional<String> nonBlank(Optional<String> text, String field) {
        Objects.requireNonNull(text, field);
        return text.map(t -> Checks.requireNonBlank(t, field));
    }
}
