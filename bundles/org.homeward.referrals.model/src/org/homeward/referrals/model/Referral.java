package org.homeward.referrals.model;

import java.time.LocalDate;

/** A person of a case referred to a partner organisation, and where that stands. */
public interface Referral {

    Long getId();

    long getVersion();

    long getCaseId();

    long getPersonId();

    long getOrganisationId();

    LocalDate getReferredOn();

    String getReason();

    ReferralStatus getStatus();

    LocalDate getNextFollowUp();

    String getCreatedBy();
}
