package org.homeward.cases.model;

import java.time.Instant;

/** A case: for now its principal applicant. Households, interviews and consent come with case follow-up. */
public interface MigrantCase {

    Long getId();

    long getVersion();

    String getCaseNumber();

    String getFamilyName();

    String getGivenNames();

    String getArabicName();

    Sex getSex();

    DateOfBirth getDateOfBirth();

    String getNationality();

    CaseStatus getStatus();

    Priority getPriority();

    String getSearchName();

    Instant getCreatedAt();

    String getCreatedBy();

    Instant getUpdatedAt();

    String getUpdatedBy();

    /** The next thing to do on the case, when it is due and who is to do it; null when none is set. */
    NextAction getNextAction();
}
