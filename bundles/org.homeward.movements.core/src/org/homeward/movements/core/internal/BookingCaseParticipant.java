package org.homeward.movements.core.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
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
}
