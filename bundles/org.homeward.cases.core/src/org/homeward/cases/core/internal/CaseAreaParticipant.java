package org.homeward.cases.core.internal;

import java.sql.SQLException;
import java.util.List;

import org.homeward.cases.model.HeldData;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/**
 * The case area's part of a subject access report, first (highest ranking). Its merges and anonymisations
 * are the merge and retention services' own work, so it has nothing more to do for them.
 */
@Component(property = "service.ranking:Integer=100")
public class CaseAreaParticipant implements CaseLifecycleParticipant {

    private final EntityManagerFactory emf;

    @Activate
    public CaseAreaParticipant(@Reference(name = "entityManagerFactory") EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public void merged(long keptCaseId, long mergedCaseId) {
        // CaseMergeServiceImpl moves the case area's rows itself
    }

    @Override
    public List<HeldData> heldOn(long personId) {
        return Transactions.inTransaction(emf, em -> {
            try {
                return CaseHeldData.of(em, personId);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
