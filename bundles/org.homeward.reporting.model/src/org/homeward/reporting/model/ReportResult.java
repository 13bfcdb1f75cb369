package org.homeward.reporting.model;

import java.util.List;

/** What a report shows: its title, its table and its chart (bars or a line; no series for none). */
public record ReportResult(String title, ReportTable table, Chart chart, List<ChartSeries> series) {

    /** How the chart draws its series. */
    public enum Chart {
        BARS, LINE, NONE
    }

    public ReportResult {
        series = List.copyOf(series);
    }
}
