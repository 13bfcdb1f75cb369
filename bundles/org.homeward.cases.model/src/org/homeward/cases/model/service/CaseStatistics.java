package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;

import org.homeward.cases.model.LeadTime;
import org.homeward.cases.model.StatisticsFilter;
import org.homeward.cases.model.Tally;

/**
 * The case area's read view for reporting: counts aggregated from its own records (status changes,
 * persons, vulnerabilities), never its entities one by one. A return is a person of a case that reached
 * DEPARTED, counted on the day it did; months and days are the office's.
 */
public interface CaseStatistics {

    /** What returns are counted by. */
    enum Dimension {
        NATIONALITY, SEX, AGE_GROUP
    }

    /** Persons returned per month of the period ("2026-03"), months without any included. */
    @Requires(Permission.READ_CASE)
    List<Tally> returnsPerMonth(StatisticsFilter filter);

    /** Persons returned in the period by nationality, sex or age group at departure; largest first. */
    @Requires(Permission.READ_CASE)
    List<Tally> returnsBy(Dimension dimension, StatisticsFilter filter);

    /**
     * Cases registered in the period and how far they went: for each stage from REGISTERED to DEPARTED,
     * how many reached it, in workflow order.
     */
    @Requires(Permission.READ_CASE)
    List<Tally> pipeline(StatisticsFilter filter);

    /** Cases registered in the period that stopped: by status now (WITHDRAWN, REJECTED, NO_SHOW, SUSPENDED). */
    @Requires(Permission.READ_CASE)
    List<Tally> dropOffs(StatisticsFilter filter);

    /** Days from registration to departure of the cases that departed in the period. */
    @Requires(Permission.READ_CASE)
    LeadTime registrationToDeparture(StatisticsFilter filter);
}
