package org.homeward.reporting.model;

import java.util.List;

/**
 * A report's table: its headers, its rows, and a totals row (empty when totals mean nothing).
 * Counts are whole numbers written without grouping, so that exports and tests read them as numbers.
 */
public record ReportTable(List<String> headers, List<List<String>> rows, List<String> totals) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        totals = List.copyOf(totals);
    }
}
