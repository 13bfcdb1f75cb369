package org.homeward.reporting.core.internal.donor;

import java.util.List;

import org.homeward.reporting.model.ChartSeries;
import org.homeward.reporting.model.ReportResult;

/**
 * One report of the donor report, anonymised: its title, its table's rows (headers first, totals last)
 * with counts under 5 hidden, and its chart's series with those counts left out.
 */
public record DonorSection(String title, List<List<String>> rows, boolean totals, ReportResult.Chart chart,
        List<ChartSeries> series) {
}
