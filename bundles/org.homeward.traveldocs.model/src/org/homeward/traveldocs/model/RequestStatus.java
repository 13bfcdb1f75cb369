package org.homeward.traveldocs.model;

import java.util.EnumSet;
import java.util.Set;

/** Where a travel-document request stands with the embassy. */
public enum RequestStatus {

    DRAFT, SENT, ACKNOWLEDGED, INTERVIEW_SCHEDULED, ISSUED, COLLECTED,
    /** Refused by the embassy. Reason required. */
    REFUSED,
    /** Withdrawn by the office. Reason required. */
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT, CANCELLED);
            case SENT -> EnumSet.of(ACKNOWLEDGED, INTERVIEW_SCHEDULED, ISSUED, REFUSED, CANCELLED);
            case ACKNOWLEDGED -> EnumSet.of(INTERVIEW_SCHEDULED, ISSUED, REFUSED, CANCELLED);
            case INTERVIEW_SCHEDULED -> EnumSet.of(ISSUED, REFUSED, CANCELLED);
            case ISSUED -> EnumSet.of(COLLECTED, CANCELLED);
            case COLLECTED, REFUSED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    /** Whether the embassy is still to answer: the request can be overdue. */
    public boolean awaitingEmbassy() {
        return this == SENT || this == ACKNOWLEDGED || this == INTERVIEW_SCHEDULED;
    }

    /** Whether moving into this status needs a reason. */
    public boolean needsReason() {
        return this == REFUSED || this == CANCELLED;
    }

    /** Whether the document exists (issued, collected or not). */
    public boolean documentIssued() {
        return this == ISSUED || this == COLLECTED;
    }
}
