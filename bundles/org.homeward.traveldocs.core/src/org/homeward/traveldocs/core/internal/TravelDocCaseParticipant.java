package org.homeward.traveldocs.core.internal;

import org.homeward.traveldocs.core.internal.entity.PlannedDeparture;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/**
 * Travel documents' part of case events: on a merge, the merged case's persons stay in their
 * requests, now as persons of the kept case, and its planned departure becomes the kept case's
 * when the kept case has none (the kept case's own plan wins).
 */
@Component(service = CaseLifecycleParticipant.class)
public class TravelDocCaseParticipant implements CaseLifecycleParticipant {

    private final EntityManagerFactory emf;

    @Activate
    public TravelDocCaseParticipant(@Reference(name = "entityManagerFactory") EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public void merged(long keptCaseId, long mergedCaseId) {
        Transactions.inTransaction(emf, em -> {
            em.createQuery("UPDATE RequestMember m SET m.caseId = :to WHERE m.caseId = :from")
                    .setParameter("to", keptCaseId).setParameter("from", mergedCaseId).executeUpdate();
            PlannedDeparture merged = em.find(PlannedDeparture.class, mergedCaseId);
            if (merged != null) {
                if (em.find(PlannedDeparture.class, keptCaseId) == null) {
                    em.persist(new PlannedDeparture(keptCaseId, merged.getOn()));
                }
                em.remove(merged);
            }
            return null;
        });
    }

    @Override
    public java.util.List<String> holding(long personId) {
        return Transactions.read(emf,
                em -> em.createQuery("SELECT r.ourReference FROM RequestMember m, TravelDocRequest r"
                        + " WHERE m.personId = :p AND r.id = m.requestId ORDER BY r.id", String.class)
                        .setParameter("p", personId)
                        .getResultList().stream()
                        .map(ref -> org.eclipse.osgi.util.NLS.bind(Messages.Request_holds, ref))
                        .toList());
    }
}
