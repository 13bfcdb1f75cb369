package org.homeward.reporting.core.internal.donor;

import java.util.List;

import org.homeward.reporting.model.ChartSeries;
import org.homeward.reporting.model.ReportResult;

/**
 * One section of a PDF of tables: for the donor report, one report, anonymised (its title, its table's rows,
 * headers first, totals last, with counts under 5 hidden, and its chart's series with those counts left
 * out); or a table of text ({@link #text}).
 */
public record DonorSection(String title, List<List<String>> rows, boolean totals, ReportResult.Chart chart,
        List<ChartSeries> series, boolean text) {

    /** A report's section: counts, right-aligned. */
    public DonorSection(String title, List<List<String>> rows, boolean totals, ReportResult.Chart chart,
            List<ChartSeries> series) {
        this(title, rows, totals, chart, series, false);
    }

    /** A table of text (no chart, no totals), every column aligned as it reads. */
    public static DonorSection text(String title, List<List<String>> rows) {
        return new DonorSection(title, rows, false, ReportResult.Chart.NONE, List.of(), true);
    }
}
