package org.homeward.movements.core.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.HeldData;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.persistence.NativeSql;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/**
 * Bookings' and departures' part of case events: on a merge, the merged case's passengers stay on
 * their bookings and departures as persons of the kept case; a person on a booking is not removed
 * from a household.
 */
@Component(service = CaseLifecycleParticipant.class)
public class BookingCaseParticipant implements CaseLifecycleParticipant {

    private final EntityManagerFactory emf;

    @Activate
    public BookingCaseParticipant(@Reference(name = "entityManagerFactory") EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public void merged(long keptCaseId, long mergedCaseId) {
        Transactions.inTransaction(emf, em -> {
            em.createQuery("UPDATE BookingPassenger p SET p.caseId = :to WHERE p.caseId = :from")
                    .setParameter("to", keptCaseId).setParameter("from", mergedCaseId).executeUpdate();
            return em.createQuery("UPDATE DeparturePassenger p SET p.caseId = :to, p.version = p.version + 1"
                    + " WHERE p.caseId = :from").setParameter("to", keptCaseId).setParameter("from", mergedCaseId)
                    .executeUpdate();
        });
    }

    @Override
    public List<String> holding(long personId) {
        return Transactions.read(emf, em -> em.createQuery("SELECT b.pnr, b.id FROM Booking b, BookingPassenger p"
                + " WHERE p.personId = :p AND b.id = p.bookingId ORDER BY b.id", Object[].class)
                .setParameter("p", personId).getResultList().stream()
                .map(r -> NLS.bind(Messages.Booking_holds, r[0] == null ? "#" + r[1] : r[0])).toList());
    }

    /**
     * The case's passengers lose their ticket and receipt numbers, escorts and no-show reasons, their
     * bookings the locator; the notifications of their departures lose their texts and documents (they
     * list names). Amounts, dates, airports and outcomes stay for reports.
     */
    @Override
    public void anonymised(long caseId) {
        String departures = "(SELECT DEPARTURE_ID FROM DEPARTURE_PASSENGER WHERE CASE_ID = ?)";
        NativeSql.updateEach(emf, caseId, List.of(
                "DELETE FROM NOTIFICATION_CONTENT WHERE NOTIFICATION_ID IN (SELECT ID FROM NOTIFICATION"
                        + " WHERE DEPARTURE_ID IN " + departures + ")",
                "UPDATE NOTIFICATION SET SUBJECT = '', BODY = '', LAST_ERROR = NULL WHERE DEPARTURE_ID IN "
                        + departures,
                "UPDATE DEPARTURE_PASSENGER SET RECEIPT_NUMBER = NULL, NO_SHOW_REASON = NULL WHERE CASE_ID = ?",
                "UPDATE BOOKING SET PNR = NULL WHERE ID IN (SELECT BOOKING_ID FROM BOOKING_PASSENGER WHERE CASE_ID = ?)",
                "UPDATE BOOKING_PASSENGER SET TICKET_NUMBER = NULL, ESCORT = NULL WHERE CASE_ID = ?"));
    }

    @Override
    public List<HeldData> heldOn(long personId) {
        return List.of(new HeldData(Messages.Held_bookings, NativeSql.table(emf, List.of(Messages.Held_pnr,
                Messages.Held_status, Messages.Held_ticket),
                "SELECT b.PNR, b.STATUS, p.TICKET_NUMBER FROM"
                        + " BOOKING_PASSENGER p JOIN BOOKING b ON b.ID = p.BOOKING_ID WHERE p.PERSON_ID = ? ORDER BY b.ID",
                personId)), new HeldData(Messages.Held_departures,
                        NativeSql.table(emf, List.of(Messages.Held_departure,
                                Messages.Held_outcome, Messages.Held_receipt),
                                "SELECT d.LABEL, p.OUTCOME, p.RECEIPT_NUMBER"
                                        + " FROM DEPARTURE_PASSENGER p JOIN DEPARTURE d ON d.ID = p.DEPARTURE_ID"
                                        + " WHERE p.PERSON_ID = ? ORDER BY d.ID",
                                personId)));
    }
}
