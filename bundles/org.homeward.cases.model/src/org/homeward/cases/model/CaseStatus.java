package org.homeward.cases.model;

/**
 * Where a case stands in the return process. The allowed moves are those of {@link CaseWorkflow};
 * every capability changes a status through the case workflow service, never directly.
 */
public enum CaseStatus {

    REGISTERED, ELIGIBILITY_ASSESSED, APPROVED, TRAVEL_DOCS_REQUESTED, TRAVEL_DOCS_OBTAINED, DEPARTURE_SCHEDULED, DEPARTED, REINTEGRATION_FOLLOW_UP, CLOSED,
    /** The migrant no longer wishes to return. Reason required. */
    WITHDRAWN,
    /** Not eligible, or refused by the programme. Reason required. */
    REJECTED,
    /** On hold (health, missing document, family matter); resumes where it stopped. Reason required. */
    SUSPENDED,
    /** Did not come to the departure. Reason required. */
    NO_SHOW;

    /** Whether moving into this status needs a reason from the user. */
    public boolean needsReason() {
        return this == WITHDRAWN || this == REJECTED || this == SUSPENDED || this == NO_SHOW;
    }
}
