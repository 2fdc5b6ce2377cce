package org.msbiome.examples.catalog;

import java.util.List;
import java.util.Objects;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.SourceStudy;

/**
 * One study of the catalog as BugSigDB curates it: its experiments (contrasts), each with its
 * differential-abundance signatures, where they were read, and what was left out and why.
 *
 * @param label the entry's label, like {@code Jangi 2016}
 * @param experiments the experiments, in the source's order; all of one study
 * @param sources where the values were read (the export, its licence, the BSDB IDs)
 * @param leftOut what the source gives that is not encoded, and why
 */
public record ExperimentEntry(String label, List<Experiment> experiments, List<String> sources, List<String> leftOut) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if there is no experiment, they are of different studies, or no source is
     *     given
     */
    public ExperimentEntry {
        Objects.requireNonNull(label, "label");
        experiments = List.copyOf(experiments);
        sources = List.copyOf(sources);
        leftOut = List.copyOf(leftOut);
        if (experiments.isEmpty()) {
            throw new IllegalArgumentException("'" + label + "' has no experiment; expected at least one");
        }
        String study = experiments.get(0).study().id();
        for (Experiment e : experiments) {
            if (!e.study().id().equals(study)) {
                throw new IllegalArgumentException("experiment '" + e.id() + "' of '" + label + "' is of study '"
                        + e.study().id() + "'; expected only experiments of study '" + study + "'");
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("'" + label + "' has no source; expected where it was read");
        }
    }

    /** The study, as the first experiment gives it. @return the study */
    public SourceStudy study() {
        return experiments.get(0).study();
    }

    /** The number of signatures of all experiments. @return the count */
    public int signatures() {
        return experiments.stream().mapToInt(e -> e.signatures().size()).sum();
    }
}
