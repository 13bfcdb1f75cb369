package org.homeward.reporting.core.internal;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.osgi.util.NLS;
import org.homeward.reporting.model.ChartSeries;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportTable;
import org.homeward.traveldocs.model.EmbassyWait;
import org.homeward.traveldocs.model.service.TravelDocStatistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Travel-document waiting time per embassy (sending the request to its last document issued): median and
 * 90th percentile, the longest first, for the requests completed in the period.
 */
@Component(service = ReportDefinition.class, property = ReportDefinition.ORDER + ":Integer=65")
public class EmbassyWaitsReport implements ReportDefinition {

    private final TravelDocStatistics stats;

    @Activate
    public EmbassyWaitsReport(@Reference TravelDocStatistics stats) {
        this.stats = stats;
    }

    @Override
    public String id() {
        return "embassy-waits";
    }

    @Override
    public String title() {
        return Messages.EmbassyWaits_title;
    }

    @Override
    public ReportResult run(ReportFilter filter, BooleanSupplier cancelled) {
        List<EmbassyWait> waits = stats.waitingTimes(filter.from(), filter.to(), filter.nationality());
        List<String> names = waits.stream().map(EmbassyWaitsReport::name).toList();
        ReportTable table = new ReportTable(List.of(Messages.Embassy, Messages.Requests, Messages.Median,
                Messages.P90),
                waits.stream().map(w -> List.of(name(w), Labels.count(w.requests()),
                        Labels.days(w.medianDays()), Labels.days(w.p90Days()))).toList(),
                List.of());
        return new ReportResult(title(), table, ReportResult.Chart.BARS, waits.isEmpty()
                ? List.of()
                : List.of(
                        new ChartSeries(Messages.Median, names, waits.stream().map(EmbassyWait::medianDays).toList()),
                        new ChartSeries(Messages.P90, names, waits.stream().map(EmbassyWait::p90Days).toList())));
    }

    private static String name(EmbassyWait w) {
        String country = Labels.nationality(w.country());
        return w.consulate()
                ? NLS.bind(Messages.Consulate, country, w.city())
                : NLS.bind(Messages.EmbassyOf, country, w.city());
    }
}
