package org.homeward.traveldocs.model;

import java.time.LocalDate;

/**
 * A request as the tracking list shows it.
 *
 * @param persons how many persons it is for
 * @param answerDue when the embassy's answer is due (null while a draft)
 * @param overdue whether the answer is late by the procedure's processing time
 * @param ageDays days since it was sent (or created, for a draft)
 * @param caseIds the cases of its persons
 */
public record RequestRow(TravelDocRequest request, Embassy embassy, int persons, LocalDate answerDue, boolean overdue,
        long ageDays, java.util.Set<Long> caseIds) {

    public RequestRow {
        caseIds = java.util.Set.copyOf(caseIds);
    }
}
