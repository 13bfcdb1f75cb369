package org.homeward.traveldocs.core.internal;

import org.homeward.traveldocs.model.RequestStatus;

/** Request statuses in the user's language. */
final class Labels {

    private Labels() {
    }

    static String status(RequestStatus s) {
        return switch (s) {
            case DRAFT -> Messages.Status_DRAFT;
            case SENT -> Messages.Status_SENT;
            case ACKNOWLEDGED -> Messages.Status_ACKNOWLEDGED;
            case INTERVIEW_SCHEDULED -> Messages.Status_INTERVIEW_SCHEDULED;
            case ISSUED -> Messages.Status_ISSUED;
            case COLLECTED -> Messages.Status_COLLECTED;
            case REFUSED -> Messages.Status_REFUSED;
            case CANCELLED -> Messages.Status_CANCELLED;
        };
    }
}
