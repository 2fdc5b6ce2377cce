package org.msbiome.io.bugsigdb;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a BugSigDB import read and what it could not map.
 *
 * @param provenance the export's comment line (version, licence, URL) without its {@code #}, if present; every
 *     imported value carries it
 * @param rows the number of data rows
 * @param studies the number of distinct studies
 * @param experiments the number of experiments produced
 * @param signatures the number of signatures produced
 * @param mapped per column, the number of values mapped as written ("NA" counted as absent); columns in header
 *     order
 * @param issues every field not mapped as written, in the order met
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record BugSigDbReport(Optional<String> provenance, long rows, long studies, long experiments,
        long signatures, Map<String, Long> mapped, List<BugSigDbIssue> issues) {
    /**
     * Copies the map and list.
     *
     * @throws NullPointerException if a component is null
     */
    public BugSigDbReport {
        Objects.requireNonNull(provenance, "provenance");
        mapped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapped));
        issues = List.copyOf(issues);
    }

    /**
     * The issues of one kind.
     *
     * @param kind the kind
     * @return those issues, in order
     */
    public List<BugSigDbIssue> issues(BugSigDbIssue.Kind kind) {
        return issues.stream().filter(i -> i.kind() == kind).toList();
    }
}
