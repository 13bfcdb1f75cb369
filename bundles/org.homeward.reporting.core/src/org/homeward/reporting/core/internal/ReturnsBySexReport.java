package org.homeward.reporting.core.internal;

import org.homeward.cases.model.service.CaseStatistics;
import org.homeward.cases.model.service.CaseStatistics.Dimension;
import org.homeward.reporting.model.ReportDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Persons returned in the period by sex. */
@Component(service = ReportDefinition.class, property = ReportDefinition.ORDER + ":Integer=30")
public class ReturnsBySexReport extends ReturnsByReport {

    @Activate
    public ReturnsBySexReport(@Reference CaseStatistics stats) {
        super(stats, Dimension.SEX);
    }

    @Override
    public String id() {
        return "returns-by-sex";
    }

    @Override
    public String title() {
        return Messages.ReturnsBySex_title;
    }
}
