package org.homeward.movements.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.time.LocalDate;
import java.util.List;

import org.homeward.movements.model.Spending;

/** The movements area's read view for reporting: spending per budget line, aggregated in SQL. */
public interface SpendingStatistics {

    /**
     * Tickets whose first flight leaves between {@code from} and {@code to} (both included, local days),
     * per donor, project and currency; {@code donor} and {@code project}, when given, keep only theirs.
     */
    @Requires(Permission.READ_CASE)
    List<Spending> spending(LocalDate from, LocalDate to, String donor, String project);
}
