package org.homeward.traveldocs.core.internal;

import org.homeward.traveldocs.core.internal.entity.PlannedDeparture;
import org.homeward.cases.model.HeldData;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.persistence.NativeSql;
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
            em.createQuery(
                    "UPDATE RequestMember m SET m.caseId = :to, m.version = m.version + 1 WHERE m.caseId = :from")
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

    /**
     * The case's members lose their document numbers and scans; the requests naming them lose their free
     * texts (status reason, correspondence summaries) and the files of their correspondence.
     */
    @Override
    public void anonymised(long caseId) {
        String requests = "(SELECT REQUEST_ID FROM TRAVEL_DOC_MEMBER WHERE CASE_ID = ?)";
        NativeSql.updateEach(emf, caseId, java.util.List.of(
                "UPDATE EMBASSY_CORRESPONDENCE SET SUMMARY = '', ATTACHMENT_ID = NULL WHERE REQUEST_ID IN " + requests,
                "UPDATE TRAVEL_DOC_REQUEST SET STATUS_REASON = NULL WHERE ID IN " + requests,
                "UPDATE TRAVEL_DOC_MEMBER SET DOCUMENT_NUMBER = NULL, SCAN_ATTACHMENT_ID = NULL WHERE CASE_ID = ?"));
    }

    @Override
    public java.util.List<HeldData> heldOn(long personId) {
        return java.util.List.of(new HeldData(Messages.Held_requests, NativeSql.table(emf, java.util.List.of(
                Messages.Held_reference, Messages.Held_embassy, Messages.Held_status, Messages.Held_document,
                Messages.Held_issuedOn, Messages.Held_expiresOn),
                "SELECT r.OUR_REFERENCE, e.CITY, r.STATUS,"
                        + " m.DOCUMENT_NUMBER, m.ISSUED_ON, m.EXPIRES_ON FROM TRAVEL_DOC_MEMBER m"
                        + " JOIN TRAVEL_DOC_REQUEST r ON r.ID = m.REQUEST_ID JOIN EMBASSY e ON e.ID = r.EMBASSY_ID"
                        + " WHERE m.PERSON_ID = ? ORDER BY r.ID",
                personId)));
    }
}
