package org.homeward.cases.model;

import java.time.LocalDate;

/**
 * Which cases or persons a statistic counts: a period (both days included) and, each optional,
 * nationality, sex, age group and a vulnerability recorded on the case.
 */
public record StatisticsFilter(LocalDate from, LocalDate to, String nationality, Sex sex, AgeGroup ageGroup,
        VulnerabilityType vulnerability) {

    public StatisticsFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period from " + from + " to " + to);
        }
    }

    /** Everything in the period. */
    public static StatisticsFilter period(LocalDate from, LocalDate to) {
        return new StatisticsFilter(from, to, null, null, null, null);
    }
}
