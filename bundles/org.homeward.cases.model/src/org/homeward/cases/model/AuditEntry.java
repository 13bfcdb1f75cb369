package org.homeward.cases.model;

import java.time.Instant;

/**
 * One line of the audit trail: who changed which field of which record, when, from what to what, or
 * who saw it. Written in the same transaction as the change; never updated nor deleted; each line
 * carries a hash chained to the line before it, so that an altered or removed line is found.
 */
public interface AuditEntry {

    /** What happened to the record. */
    enum Action {
        CREATE, UPDATE, DELETE, STATUS,
        /** Personal data shown to a user (a case's file opened, a scan viewed); no value is copied. @since 2.5 */
        VIEW
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
