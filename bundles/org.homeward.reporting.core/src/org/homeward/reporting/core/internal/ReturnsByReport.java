package org.homeward.reporting.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.homeward.cases.model.AgeGroup;
import org.homeward.cases.model.Tally;
import org.homeward.cases.model.service.CaseStatistics;
import org.homeward.cases.model.service.CaseStatistics.Dimension;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;

/** Persons returned in the period by one dimension: nationality, sex or age group at departure. */
abstract class ReturnsByReport implements ReportDefinition {

    private final CaseStatistics stats;
    private final Dimension dimension;

    ReturnsByReport(CaseStatistics stats, Dimension dimension) {
        this.stats = stats;
        this.dimension = dimension;
    }

    @Override
    public ReportResult run(ReportFilter filter, BooleanSupplier cancelled) {
        List<Tally> found = stats.returnsBy(dimension, filter.cases());
        return switch (dimension) {
            case NATIONALITY -> CountReports.of(title(), Messages.Nationality, found, Labels::nationality,
                    ReportResult.Chart.BARS);
            case SEX -> CountReports.of(title(), Messages.Sex, found, Labels::sex, ReportResult.Chart.BARS);
            case AGE_GROUP -> CountReports.of(title(), Messages.AgeGroup, Arrays.stream(AgeGroup.values())
                    .map(g -> new Tally(g.label(), found.stream().filter(t -> t.key().equals(g.label()))
                            .mapToLong(Tally::count).sum()))
                    .toList(), g -> g, ReportResult.Chart.BARS);
        };
    }
}
