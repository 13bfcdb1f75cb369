package org.homeward.reporting.core.internal;

import java.time.Clock;
import java.util.Map;

import org.homeward.cases.model.service.AuditService;
import org.homeward.common.security.CurrentUser;
import org.homeward.persistence.Transactions;

import jakarta.persistence.EntityManagerFactory;

/** Records an export in the audit trail (who, when, and what was written) in a transaction of its own. */
final class ExportAudit {

    private final EntityManagerFactory emf;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    ExportAudit(EntityManagerFactory emf, AuditService audit, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** @param entity the trail's name for this kind of export */
    void record(String entity, Map<String, Object> fields) {
        Transactions.inTransaction(emf, em -> {
            audit.recorder(user.name(), clock.instant()).created(null, entity, clock.millis(), fields);
            return null;
        });
    }

    Clock clock() {
        return clock;
    }
}
