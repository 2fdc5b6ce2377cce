package org.msbiome.io.bugsigdb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts mapped values per column and collects issues. */
final class Accounting {
    final Map<String, Long> mapped = new LinkedHashMap<>();
    final List<BugSigDbIssue> issues = new ArrayList<>();

    /** Counts a value of {@code column} as mapped, unless the column is one the importer leaves unmapped. */
    void mapped(String column) {
        if (!Columns.NOT_MAPPED.containsKey(column)) {
            mapped.merge(column, 1L, Long::sum);
        }
    }

    void issue(BugSigDbIssue issue) {
        issues.add(issue);
    }
}
