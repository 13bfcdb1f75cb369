package org.homeward.referrals.core.internal;

import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/** Referrals' part of case events: on a merge, the merged case's referrals go to the kept case. */
@Component(service = CaseLifecycleParticipant.class)
public class ReferralCaseParticipant implements CaseLifecycleParticipant {

    private final EntityManagerFactory emf;

    @Activate
    public ReferralCaseParticipant(@Reference(name = "entityManagerFactory") EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public void merged(long keptCaseId, long mergedCaseId) {
        Transactions.inTransaction(emf,
                em -> em.createQuery("UPDATE Referral r SET r.caseId = :to WHERE r.caseId = :from")
                        .setParameter("to", keptCaseId).setParameter("from", mergedCaseId).executeUpdate());
    }
}
