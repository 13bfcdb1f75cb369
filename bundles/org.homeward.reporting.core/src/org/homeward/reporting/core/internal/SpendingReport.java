package org.homeward.reporting.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.homeward.movements.model.Spending;
import org.homeward.movements.model.service.SpendingStatistics;
import org.homeward.reporting.model.ChartSeries;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What tickets cost per budget line (donor, project) and currency in the period, by the day of the first
 * flight; a total when one currency is used throughout.
 */
@Component(service = ReportDefinition.class, property = ReportDefinition.ORDER + ":Integer=70")
public class SpendingReport implements ReportDefinition {

    private final SpendingStatistics stats;

    @Activate
    public SpendingReport(@Reference SpendingStatistics stats) {
        this.stats = stats;
    }

    @Override
    public String id() {
        return "spending";
    }

    @Override
    public String title() {
        return Messages.Spending_title;
    }

    @Override
    public ReportResult run(ReportFilter filter, BooleanSupplier cancelled) {
        List<Spending> lines = stats.spending(filter.from(), filter.to(), filter.donor(), filter.project());
        List<List<String>> rows = new ArrayList<>();
        for (Spending s : lines) {
            rows.add(List.of(orNone(s.donor()), orNone(s.project()), s.currency(), Labels.count(s.bookings()),
                    Labels.count(s.passengers()), s.amount().toPlainString()));
        }
        boolean oneCurrency = lines.stream().map(Spending::currency).distinct().count() == 1;
        List<String> totals = oneCurrency
                ? List.of(Messages.Total, "", lines.get(0).currency(),
                        Labels.count(lines.stream().mapToLong(Spending::bookings).sum()),
                        Labels.count(lines.stream().mapToLong(Spending::passengers).sum()),
                        lines.stream().map(Spending::amount).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString())
                : List.of();
        ReportTable table = new ReportTable(List.of(Messages.Donor, Messages.Project, Messages.Currency,
                Messages.Tickets, Messages.Passengers, Messages.Amount), rows, totals);
        List<ChartSeries> series = oneCurrency
                ? List.of(new ChartSeries(Messages.Amount + " (" + lines.get(0).currency() + ")",
                        lines.stream().map(s -> orNone(s.donor()) + " / " + orNone(s.project())).toList(),
                        lines.stream().map(s -> s.amount().doubleValue()).toList()))
                : List.of();
        return new ReportResult(title(), table, ReportResult.Chart.BARS, series);
    }

    private static String orNone(String s) {
        return s.isEmpty() ? Messages.None : s;
    }
}
