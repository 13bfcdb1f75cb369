package org.homeward.reporting.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.Tally;
import org.homeward.cases.model.service.CaseStatistics;
import org.homeward.reporting.model.ChartSeries;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The cases registered in the period, how many reached each stage up to departure and how many were
 * lost at each step; then why cases stopped (withdrawn, rejected, suspended, no-show).
 */
@Component(service = ReportDefinition.class, property = ReportDefinition.ORDER + ":Integer=50")
public class PipelineReport implements ReportDefinition {

    private final CaseStatistics stats;

    @Activate
    public PipelineReport(@Reference CaseStatistics stats) {
        this.stats = stats;
    }

    @Override
    public String id() {
        return "pipeline";
    }

    @Override
    public String title() {
        return Messages.Pipeline_title;
    }

    @Override
    public ReportResult run(ReportFilter filter, BooleanSupplier cancelled) {
        List<Tally> stages = stats.pipeline(filter.cases());
        List<Tally> stops = stats.dropOffs(filter.cases());
        List<List<String>> rows = new ArrayList<>();
        long before = -1;
        for (Tally t : stages) {
            rows.add(List.of(Labels.status(t.key()), Labels.count(t.count()),
                    before < 0 ? "" : Labels.count(before - t.count())));
            before = t.count();
        }
        for (Tally t : stops) {
            rows.add(List.of(NLS.bind(Messages.Stopped, Labels.status(t.key())), Labels.count(t.count()), ""));
        }
        ReportTable table = new ReportTable(List.of(Messages.Stage, Messages.Cases, Messages.Lost), rows, List.of());
        ChartSeries series = new ChartSeries(Messages.Cases, stages.stream().map(t -> Labels.status(t.key())).toList(),
                stages.stream().map(t -> (double) t.count()).toList());
        return new ReportResult(title(), table, ReportResult.Chart.BARS, List.of(series));
    }
}
