package org.homeward.reporting.model;

import java.util.List;

/**
 * A report's table: its headers, its rows, a totals row (empty when totals mean nothing), and the columns
 * derived from a row's counts (a share, for example), which an anonymised export hides along with a small
 * count, so that a share and a total do not give the count away.
 * Counts are whole numbers written without grouping, so that exports and tests read them as numbers.
 */
public record ReportTable(List<String> headers, List<List<String>> rows, List<String> totals, List<Integer> derived) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        totals = List.copyOf(totals);
        derived = List.copyOf(derived);
    }

    /** A table with no derived columns. */
    public ReportTable(List<String> headers, List<List<String>> rows, List<String> totals) {
        this(headers, rows, totals, List.of());
    }
}
