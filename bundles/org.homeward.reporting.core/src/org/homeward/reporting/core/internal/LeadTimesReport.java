package org.homeward.reporting.core.internal;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.homeward.cases.model.LeadTime;
import org.homeward.cases.model.service.CaseStatistics;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** How long returns take: from registration to departure, median and 90th percentile, in days. */
@Component(service = ReportDefinition.class, property = ReportDefinition.ORDER + ":Integer=60")
public class LeadTimesReport implements ReportDefinition {

    private final CaseStatistics stats;

    @Activate
    public LeadTimesReport(@Reference CaseStatistics stats) {
        this.stats = stats;
    }

    @Override
    public String id() {
        return "lead-times";
    }

    @Override
    public String title() {
        return Messages.LeadTimes_title;
    }

    @Override
    public ReportResult run(ReportFilter filter, BooleanSupplier cancelled) {
        LeadTime registration = stats.registrationToDeparture(filter.cases());
        ReportTable table = new ReportTable(List.of(Messages.Measure, Messages.Cases, Messages.Median, Messages.P90),
                List.of(List.of(Messages.LeadRegistration, Labels.count(registration.count()),
                        Labels.days(registration.medianDays()), Labels.days(registration.p90Days()))),
                List.of());
        return new ReportResult(title(), table, ReportResult.Chart.NONE, List.of());
    }
}
