package org.homeward.reporting.core.internal;

import java.util.function.BooleanSupplier;

import org.homeward.cases.model.service.CaseStatistics;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Persons returned per month of the period, months without any included. */
@Component(service = ReportDefinition.class, property = ReportDefinition.ORDER + ":Integer=10")
public class ReturnsPerMonthReport implements ReportDefinition {

    private final CaseStatistics stats;

    @Activate
    public ReturnsPerMonthReport(@Reference CaseStatistics stats) {
        this.stats = stats;
    }

    @Override
    public String id() {
        return "returns-per-month";
    }

    @Override
    public String title() {
        return Messages.ReturnsPerMonth_title;
    }

    @Override
    public ReportResult run(ReportFilter filter, BooleanSupplier cancelled) {
        return CountReports.of(title(), Messages.Month, stats.returnsPerMonth(filter.cases()), m -> m,
                ReportResult.Chart.BARS);
    }
}
