package org.msbiome.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import org.msbiome.io.TextLocation;
import tools.jackson.databind.JsonNode;

/**
 * Collects the problems of one document, up to {@link #MAX_PROBLEMS}; beyond that one more problem says
 * how many were left out, so that a huge broken document cannot exhaust memory with its report.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class Problems {
    /** The most problems kept for one document. */
    public static final int MAX_PROBLEMS = 1000;

    /**
     * A value that was decoded without problems, at its pointer: the largest such values of a document
     * are validated with Bean Validation even when the document as a whole could not be bound.
     */
    public record Island(Object value, Pointer at, Codec<?> codec, JsonNode json) {}

    private final List<Problem> problems = new ArrayList<>();
    /** The read-path checks, when the reader uses them for this document. */
    private final @Nullable ReadChecks checks;
    /** The constraint violations the read-path checks found, in the order found. */
    private final List<Problem> checked = new ArrayList<>();
    private boolean checksComplete = true;
    private final List<Island> islands = new ArrayList<>();
    private int dropped;

    /** Collects problems without read-path checks. */
    public Problems() {
        this(null);
    }

    /** Collects problems, running {@code checks} on every value built (when not null). */
    public Problems(@Nullable ReadChecks checks) {
        this.checks = checks;
    }

    /** Adds a problem without text location. */
    public void add(Pointer at, ProblemCode code, String message) {
        add(new Problem(at.toString(), code, message, Optional.empty()));
    }

    /** Adds a problem with a text location. */
    public void add(Pointer at, ProblemCode code, String message, TextLocation location) {
        add(new Problem(at.toString(), code, message, Optional.of(location)));
    }

    /** The number of problems kept so far: a position for {@link #insert}. */
    int size() {
        return problems.size();
    }

    /**
     * Puts problems at a position kept earlier, as if they had been added then: those beyond the limit of
     * {@value #MAX_PROBLEMS} are the last ones, and dropped.
     */
    void insert(int position, List<Problem> found) {
        problems.addAll(position, found);
        while (problems.size() > MAX_PROBLEMS) {
            problems.remove(problems.size() - 1);
            dropped++;
        }
    }

    /** Adds a problem. */
    public void add(Problem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    /** The position to pass to {@link #decoded} when the value that starts now is decoded. */
    int islandMark() {
        return islands.size();
    }

    /** Records a decoded object value; it replaces the decoded values inside it (recorded since {@code mark}). */
    void decoded(int mark, Object value, Pointer at, Codec<?> codec, JsonNode json) {
        islands.subList(mark, islands.size()).clear();
        islands.add(new Island(value, at, codec, json));
        built(value, codec, at, json);
    }

    /** Runs the read-path checks, if any, on a value just built from {@code json}. */
    void built(Object value, Codec<?> codec, Pointer at, JsonNode json) {
        if (checks != null && checksComplete) {
            checks.check(value, codec, at, json, this);
        }
    }

    /** Adds a constraint violation found by the read-path checks. */
    void checked(Problem violation) {
        checked.add(violation);
    }

    /** Says that the read-path checks could not check a value as Bean Validation would. */
    void checksIncomplete() {
        checksComplete = false;
        checked.clear();
    }

    /**
     * The constraint violations of the read-path checks, or {@code null} when they cannot stand for Bean
     * Validation of the islands: no checks ran, one gave up, or an island's codec is not
     * {@linkplain ReadChecks#covers covered}.
     */
    public @Nullable List<Problem> checkedViolations() {
        if (checks == null || !checksComplete) {
            return null;
        }
        for (Island island : islands) {
            if (!checks.covers(island.codec())) {
                return null;
            }
        }
        return checked;
    }

    /** The largest decoded values, in document order. */
    public List<Island> islands() {
        return List.copyOf(islands);
    }

    /** Whether no problem was found. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The number of problems found so far, including those not kept. */
    public int count() {
        return problems.size() + dropped;
    }

    /** The problems, with a last one that counts the problems left out, if any. */
    public List<Problem> toList() {
        if (dropped == 0) {
            return List.copyOf(problems);
        }
        List<Problem> all = new ArrayList<>(problems);
        all.add(Problem.of("", ProblemCode.LIMIT_EXCEEDED, "more than " + MAX_PROBLEMS + " problems; "
                + dropped + " more were found and are not listed"));
        return List.copyOf(all);
    }
}
