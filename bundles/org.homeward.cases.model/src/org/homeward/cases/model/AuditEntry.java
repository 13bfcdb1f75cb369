package org.homeward.cases.model;

import java.time.Instant;

/**
 * One line of the audit trail: who changed which field of which record, when, from what to what.
 * Written in the same transaction as the change; never updated nor deleted.
 */
public interface AuditEntry {

    /** What happened to the record. */
    enum Action {
        CREATE, UPDATE, DELETE, STATUS
    }

    Long getId();

    Instant getAt();

    String getUserName();

    Long getCaseId();

    String getEntity();

    long getEntityId();

    Action getAction();

    String getField();

    String getOldValue();

    String getNewValue();
}
