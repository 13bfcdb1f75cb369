package org.homeward.cases.model;

import java.time.Instant;

/** The eligibility checklist of a case and the decision on it. One per case; a new assessment replaces it. */
public interface Eligibility {

    Long getId();

    long getVersion();

    long getCaseId();

    EligibilityCriteria getCriteria();

    EligibilityDecision getDecision();

    String getReason();

    String getDecidedBy();

    Instant getDecidedAt();
}
