package org.msbiome.io.bugsigdb;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.msbiome.core.signature.Experiment;

/**
 * The result of importing a whole BugSigDB export into memory: the experiments (each with its signatures, an
 * experiment-only record with none) and the report.
 *
 * @param experiments the experiments, in the export's order
 * @param report what was read and what could not be mapped
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record BugSigDbImport(List<Experiment> experiments, BugSigDbReport report) {
    /**
     * Copies the list.
     *
     * @throws NullPointerException if a component is null
     */
    public BugSigDbImport {
        experiments = List.copyOf(experiments);
        Objects.requireNonNull(report, "report");
    }
}
