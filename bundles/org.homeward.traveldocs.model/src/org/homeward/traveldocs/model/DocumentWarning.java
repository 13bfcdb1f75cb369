package org.homeward.traveldocs.model;

/** A person whose travel document is missing or expires too early, and why. */
public record DocumentWarning(long caseId, String caseNumber, long personId, String personName, DocumentCheck check) {
}
