package org.homeward.reporting.model;

import java.time.LocalDate;

import org.homeward.cases.model.AgeGroup;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.StatisticsFilter;
import org.homeward.cases.model.VulnerabilityType;

/**
 * What a report covers: a period (both days included) and, each optional, nationality, sex, age group,
 * a vulnerability on the case, and a donor and project (for what bookings spent).
 */
public record ReportFilter(LocalDate from, LocalDate to, String nationality, Sex sex, AgeGroup ageGroup,
        VulnerabilityType vulnerability, String donor, String project) {

    public ReportFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period from " + from + " to " + to);
        }
    }

    public static ReportFilter period(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, null, null, null, null, null, null);
    }

    /** The same, as the case area's statistics take it. */
    public StatisticsFilter cases() {
        return new StatisticsFilter(from, to, nationality, sex, ageGroup, vulnerability);
    }
}
