package org.homeward.cases.model;

/** A case whose next action is due, as listed in "My follow-ups". */
public record DueAction(long caseId, String caseNumber, String principal, NextAction next) {
}
