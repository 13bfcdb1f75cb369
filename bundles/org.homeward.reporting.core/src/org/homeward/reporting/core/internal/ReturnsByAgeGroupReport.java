package org.homeward.reporting.core.internal;

import org.homeward.cases.model.service.CaseStatistics;
import org.homeward.cases.model.service.CaseStatistics.Dimension;
import org.homeward.reporting.model.ReportDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Persons returned in the period by age group at departure, every group listed in order. */
@Component(service = ReportDefinition.class, property = ReportDefinition.ORDER + ":Integer=40")
public class ReturnsByAgeGroupReport extends ReturnsByReport {

    @Activate
    public ReturnsByAgeGroupReport(@Reference CaseStatistics stats) {
        super(stats, Dimension.AGE_GROUP);
    }

    @Override
    public String id() {
        return "returns-by-age-group";
    }

    @Override
    public String title() {
        return Messages.ReturnsByAge_title;
    }
}
