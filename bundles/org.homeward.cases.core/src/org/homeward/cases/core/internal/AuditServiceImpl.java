package org.homeward.cases.core.internal;

import java.time.Instant;

import org.homeward.cases.core.internal.entity.AuditEntryEntity;
import org.homeward.cases.core.internal.entity.AuditEntryEntity;
import org.homeward.cases.model.AuditEntry.Action;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.service.AuditService;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/** Audit entries for the other areas, written in the transaction of the change they record. */
@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {

    private final EntityManagerFactory emf;

    @Activate
    public AuditServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public AuditRecorder recorder(String user, Instant at) {
        return new AuditRecorder(user, at) {

            @Override
            protected void write(Long caseId, String entity, long entityId, Action action, String field,
                    String before, String after) {
                Transactions.inTransaction(emf, em -> {
                    em.persist(new AuditEntryEntity(at(), user(), caseId, entity, entityId, action, field, before,
                            after));
                    return null;
                });
            }
        };
    }

    @Override
    public java.util.List<org.homeward.cases.model.AuditEntry> trailOf(String entity) {
        return org.homeward.persistence.Views.list(Transactions.read(emf, em -> em.createQuery(
                "SELECT a FROM AuditEntry a WHERE a.entity = :e ORDER BY a.id DESC", AuditEntryEntity.class)
                .setParameter("e", entity).getResultList()));
    }
}
