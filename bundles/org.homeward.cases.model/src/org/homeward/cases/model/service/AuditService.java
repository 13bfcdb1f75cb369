package org.homeward.cases.model.service;

import java.time.Instant;

import org.homeward.cases.model.AuditRecorder;

/**
 * The audit trail every capability writes to. A recorder writes in the transaction running on the
 * calling thread (see {@code org.homeward.persistence.Transactions}), so a change and its trail
 * commit together or not at all: ask for it inside the transaction of the change.
 *
 * @since 1.3
 */
public interface AuditService {

    /** A recorder naming {@code user} and {@code at} in its entries. */
    AuditRecorder recorder(String user, Instant at);

    /** The trail of a record that belongs to no case (an organisation, an embassy, a procedure), newest first. */
    java.util.List<org.homeward.cases.model.AuditEntry> trailOf(String entity);
}
