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

    @Override
    public java.util.List<String> holding(long personId) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu");
        return Transactions.read(emf, em -> em.createQuery("SELECT o.name, r.referredOn FROM Referral r, Organisation o"
                + " WHERE r.personId = :p AND o.id = r.organisationId ORDER BY r.id", Object[].class)
                .setParameter("p", personId).getResultList().stream()
                .map(r -> org.eclipse.osgi.util.NLS.bind(Messages.Referral_holds, r[0],
                        day.format((java.time.LocalDate) r[1])))
                .toList());
    }
}
