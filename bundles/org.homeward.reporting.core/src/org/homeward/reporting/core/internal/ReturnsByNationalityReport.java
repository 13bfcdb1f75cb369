package org.homeward.reporting.core.internal;

import org.homeward.cases.model.service.CaseStatistics;
import org.homeward.cases.model.service.CaseStatistics.Dimension;
import org.homeward.reporting.model.ReportDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Persons returned in the period by nationality. */
@Component(service = ReportDefinition.class, property = ReportDefinition.ORDER + ":Integer=20")
public class ReturnsByNationalityReport extends ReturnsByReport {

    @Activate
    public ReturnsByNationalityReport(@Reference CaseStatistics stats) {
        super(stats, Dimension.NATIONALITY);
    }

    @Override
    public String id() {
        return "returns-by-nationality";
    }

    @Override
    public String title() {
        return Messages.ReturnsByNationality_title;
    }
}
