package org.homeward.cases.core.internal;

import java.time.Instant;

import org.homeward.cases.model.AuditRecorder;

import jakarta.persistence.EntityManager;

/** The case services' audit writer: the shared {@link AuditRecorder}. */
final class AuditTrail extends AuditRecorder {

    AuditTrail(EntityManager em, String user, Instant at) {
        super(em, user, at);
    }
}
