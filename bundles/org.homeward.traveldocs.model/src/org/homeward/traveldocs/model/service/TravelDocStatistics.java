package org.homeward.traveldocs.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.time.LocalDate;
import java.util.List;

import org.homeward.traveldocs.model.EmbassyWait;

/** Embassy tracking's read view for reporting, aggregated in SQL. */
public interface TravelDocStatistics {

    /**
     * Per embassy, the waiting time of the requests whose last document was issued between {@code from}
     * and {@code to} (both included), for those of {@code country} only when given; longest median first.
     */
    @Requires(Permission.READ_CASE)
    List<EmbassyWait> waitingTimes(LocalDate from, LocalDate to, String country);
}
