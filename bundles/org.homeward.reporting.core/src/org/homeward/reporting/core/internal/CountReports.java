package org.homeward.reporting.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.homeward.cases.model.Tally;
import org.homeward.reporting.model.ChartSeries;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportTable;

/** A report of counts under keys: a table with each key's count and share, a total, and its chart. */
final class CountReports {

    private CountReports() {
    }

    static ReportResult of(String title, String keyHeader, List<Tally> tallies, Function<String, String> label,
            ReportResult.Chart chart) {
        long total = tallies.stream().mapToLong(Tally::count).sum();
        List<List<String>> rows = new ArrayList<>();
        for (Tally t : tallies) {
            rows.add(List.of(label.apply(t.key()), Labels.count(t.count()), Labels.share(t.count(), total)));
        }
        ReportTable table = new ReportTable(List.of(keyHeader, Messages.Returns, Messages.Share), rows,
                List.of(Messages.Total, Labels.count(total), total == 0 ? "0.0" : "100.0"), List.of(2));
        ChartSeries series = new ChartSeries(Messages.Returns, tallies.stream().map(t -> label.apply(t.key())).toList(),
                tallies.stream().map(t -> (double) t.count()).toList());
        return new ReportResult(title, table, chart, List.of(series));
    }
}
