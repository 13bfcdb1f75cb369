package org.homeward.traveldocs.model;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How the embassy of a country of origin issues travel documents.
 *
 * @param country ISO 3166-1 alpha-2 code of the country of origin
 * @param documents what goes with a request
 * @param inPerson whether the persons must present themselves at the embassy
 * @param interpreter whether an interpreter is needed at the embassy
 * @param processingDays typical processing time, in working days
 * @param validityDays validity of the issued document, in calendar days
 * @param grouping whether several persons can be in one request
 * @param fee fee per person (0 when free)
 * @param currency ISO 4217 code of the fee
 * @param confirmed false while the values are the office's defaults, not yet checked with the embassy
 */
public record Procedure(String country, Set<RequiredDocument> documents, boolean inPerson, boolean interpreter,
        int processingDays, int validityDays, boolean grouping, BigDecimal fee, String currency, boolean confirmed) {

    public Procedure {
        documents = Set.copyOf(documents);
        if (processingDays < 0 || validityDays <= 0) {
            throw new IllegalArgumentException("processing days >= 0 and validity days > 0 for " + country);
        }
    }

    /** Expiry of a document issued on {@code issuedOn} under this procedure. */
    public java.time.LocalDate expiryOf(java.time.LocalDate issuedOn) {
        return issuedOn.plusDays(validityDays);
    }

    /** The day an answer is due for a request sent on {@code sentOn}. */
    public java.time.LocalDate answerDue(java.time.LocalDate sentOn, WorkingDays days) {
        return days.add(sentOn, processingDays);
    }

    /** Whether a request in {@code status} sent on {@code sentOn} waits past its typical processing time. */
    public boolean overdue(RequestStatus status, java.time.LocalDate sentOn, WorkingDays days,
            java.time.LocalDate today) {
        return status.awaitingEmbassy() && sentOn != null && today.isAfter(answerDue(sentOn, days));
    }
}
