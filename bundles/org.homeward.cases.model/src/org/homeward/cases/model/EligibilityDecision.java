package org.homeward.cases.model;

/** The programme officer's decision on a case's eligibility for assisted return. */
public enum EligibilityDecision {
    PENDING, ELIGIBLE, NOT_ELIGIBLE
}
