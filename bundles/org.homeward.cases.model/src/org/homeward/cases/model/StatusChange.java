package org.homeward.cases.model;

import java.time.Instant;

/** One move of a case in the workflow: who, when, from where to where, and why. Never changed once written. */
public interface StatusChange {

    Long getId();

    long getCaseId();

    /** Null for the first status of a case. */
    CaseStatus getFromStatus();

    CaseStatus getToStatus();

    String getReason();

    String getChangedBy();

    Instant getChangedAt();
}
