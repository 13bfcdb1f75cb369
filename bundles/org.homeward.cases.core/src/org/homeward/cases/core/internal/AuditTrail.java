package org.homeward.cases.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import org.homeward.cases.model.AuditEntry.Action;
import org.homeward.cases.model.AuditRecorder;

import jakarta.persistence.EntityManager;

/**
 * The audit writer on an entity manager: each entry is written, chained to the one before, in that
 * manager's transaction ({@link AuditRows}).
 */
final class AuditTrail extends AuditRecorder {

    private final EntityManager em;
    private CaseDataKeys keys;

    AuditTrail(EntityManager em, String user, Instant at) {
        super(user, at);
        this.em = em;
    }

    /** A change that copies no value (the case's data anonymised): its field alone says what happened. */
    void marked(long caseId, String entity, long entityId, String field) {
        write(caseId, entity, entityId, Action.UPDATE, field, null, null);
    }

    @Override
    protected void write(Long caseId, String entity, long entityId, Action action, String field, String before,
            String after) {
        Connection connection = em.unwrap(Connection.class);
        if (keys == null) { // one per unit of work: each case's key is read once, not for every line
            keys = new CaseDataKeys(connection);
        }
        try (AuditRows rows = AuditRows.single(connection, keys)) {
            rows.add(at(), user(), caseId, entity, entityId, action, field, before, after);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
