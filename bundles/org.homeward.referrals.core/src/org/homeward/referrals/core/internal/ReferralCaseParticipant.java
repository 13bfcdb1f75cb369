package org.homeward.referrals.core.internal;

import org.homeward.cases.model.HeldData;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.persistence.NativeSql;
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
                em -> em.createQuery(
                        "UPDATE Referral r SET r.caseId = :to, r.version = r.version + 1 WHERE r.caseId = :from")
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

    /** The reasons and notes of the case's referrals are free texts about its persons: cleared. */
    @Override
    public void anonymised(long caseId) {
        NativeSql.updateEach(emf, caseId, java.util.List.of(
                "UPDATE REFERRAL_NOTE SET NOTE = '' WHERE REFERRAL_ID IN (SELECT ID FROM REFERRAL WHERE CASE_ID = ?)",
                "UPDATE REFERRAL SET REASON = '', VERSION = VERSION + 1 WHERE CASE_ID = ?"));
    }

    @Override
    public java.util.List<HeldData> heldOn(long personId) {
        return java.util.List.of(new HeldData(Messages.Held_referrals, NativeSql.table(emf, java.util.List.of(
                Messages.Held_referredOn, Messages.Held_organisation, Messages.Held_reason, Messages.Held_status),
                "SELECT r.REFERRED_ON, o.NAME, r.REASON, r.STATUS FROM REFERRAL r JOIN ORGANISATION o"
                        + " ON o.ID = r.ORGANISATION_ID WHERE r.PERSON_ID = ? ORDER BY r.ID",
                personId)),
                new HeldData(Messages.Held_notes, NativeSql.table(emf, java.util.List.of(Messages.Held_writtenAt,
                        Messages.Held_writtenBy, Messages.Held_note),
                        "SELECT n.WRITTEN_AT, n.WRITTEN_BY, n.NOTE"
                                + " FROM REFERRAL_NOTE n JOIN REFERRAL r ON r.ID = n.REFERRAL_ID WHERE r.PERSON_ID = ?"
                                + " ORDER BY n.ID",
                        personId)));
    }
}
