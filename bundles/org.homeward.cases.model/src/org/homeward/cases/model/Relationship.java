package org.homeward.cases.model;

/** How a person of a case's household is related to its principal applicant. */
public enum Relationship {
    PRINCIPAL, SPOUSE, CHILD, PARENT, SIBLING, OTHER
}
