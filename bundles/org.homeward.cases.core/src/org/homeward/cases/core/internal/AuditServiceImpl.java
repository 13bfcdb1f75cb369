package org.homeward.cases.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import org.homeward.cases.core.internal.entity.AuditEntryEntity;
import org.homeward.cases.model.AuditEntry.Action;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.service.AuditService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import org.homeward.common.validation.RefusedException;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/** Audit entries for the other areas, written in the transaction of the change they record. */
@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {

    private final EntityManagerFactory emf;
    private final CurrentUser user;

    @Activate
    public AuditServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this.emf = emf;
        this.user = user;
    }

    @Override
    public AuditRecorder recorder(String user, Instant at) {
        return new AuditRecorder(user, at) {

            @Override
            protected void write(Long caseId, String entity, long entityId, Action action, String field,
                    String before, String after) {
                Transactions.inTransaction(emf, em -> {
                    new AuditTrail(em, user(), at()).write(caseId, entity, entityId, action, field, before, after);
                    return null;
                });
            }
        };
    }

    @Override
    public java.util.List<org.homeward.cases.model.AuditEntry> trailOf(String entity) {
        user.require(Permission.READ_CASE);
        return org.homeward.persistence.Views.list(Transactions.read(emf, em -> em.createQuery(
                "SELECT a FROM AuditEntry a WHERE a.entity = :e ORDER BY a.id DESC", AuditEntryEntity.class)
                .setParameter("e", entity).getResultList()));
    }

    @Override
    public AuditVerification verify(LongConsumer progress, BooleanSupplier cancelled) throws RefusedException {
        user.require(Permission.VERIFY_AUDIT);
        return Transactions.inTransaction(emf, em -> {
            try {
                return AuditVerifier.verify(em.unwrap(Connection.class), progress, cancelled);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
