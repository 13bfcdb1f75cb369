package org.homeward.cases.model;

/** Where a case stands. The full workflow arrives with case follow-up; a new case is {@link #REGISTERED}. */
public enum CaseStatus {
    REGISTERED
}
