package org.homeward.cases.core.internal;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.Recipient;

/** Names of statuses and recipients in messages of the case services. */
final class Labels {

    private Labels() {
    }

    static String status(CaseStatus status) {
        return switch (status) {
            case REGISTERED -> Messages.Status_REGISTERED;
            case ELIGIBILITY_ASSESSED -> Messages.Status_ELIGIBILITY_ASSESSED;
            case APPROVED -> Messages.Status_APPROVED;
            case TRAVEL_DOCS_REQUESTED -> Messages.Status_TRAVEL_DOCS_REQUESTED;
            case TRAVEL_DOCS_OBTAINED -> Messages.Status_TRAVEL_DOCS_OBTAINED;
            case DEPARTURE_SCHEDULED -> Messages.Status_DEPARTURE_SCHEDULED;
            case DEPARTED -> Messages.Status_DEPARTED;
            case REINTEGRATION_FOLLOW_UP -> Messages.Status_REINTEGRATION_FOLLOW_UP;
            case CLOSED -> Messages.Status_CLOSED;
            case WITHDRAWN -> Messages.Status_WITHDRAWN;
            case REJECTED -> Messages.Status_REJECTED;
            case SUSPENDED -> Messages.Status_SUSPENDED;
            case NO_SHOW -> Messages.Status_NO_SHOW;
        };
    }

    static String recipient(Recipient recipient) {
        return switch (recipient) {
            case EMBASSY_OF_ORIGIN -> Messages.Recipient_EMBASSY_OF_ORIGIN;
            case MISSION_OF_ORIGIN -> Messages.Recipient_MISSION_OF_ORIGIN;
            case HOST_AUTHORITIES -> Messages.Recipient_HOST_AUTHORITIES;
            case PARTNER_ORGANISATIONS -> Messages.Recipient_PARTNER_ORGANISATIONS;
        };
    }
}
