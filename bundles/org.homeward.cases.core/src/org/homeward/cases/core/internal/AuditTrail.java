package org.homeward.cases.core.internal;

import java.time.Instant;

import org.homeward.cases.core.internal.entity.AuditEntryEntity;
import org.homeward.cases.core.internal.entity.AuditEntryEntity;
import org.homeward.cases.model.AuditEntry.Action;
import org.homeward.cases.model.AuditRecorder;

import jakarta.persistence.EntityManager;

/** The audit writer on an entity manager: each entry is persisted in that manager's transaction. */
final class AuditTrail extends AuditRecorder {

    private final EntityManager em;

    AuditTrail(EntityManager em, String user, Instant at) {
        super(user, at);
        this.em = em;
    }

    @Override
    protected void write(Long caseId, String entity, long entityId, Action action, String field, String before,
            String after) {
        em.persist(new AuditEntryEntity(at(), user(), caseId, entity, entityId, action, field, before, after));
    }
}
