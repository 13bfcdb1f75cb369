package org.homeward.movements.core.internal;

import org.homeward.movements.core.internal.entity.BookingSegmentEntity;
import org.homeward.movements.model.Itinerary;
import org.homeward.movements.model.ReferenceData;
import org.homeward.movements.model.Segment;

import jakarta.persistence.EntityManager;

/** A booking's flights read back with their airlines and airports. */
final class Itineraries {

    private Itineraries() {
    }

    static Itinerary of(EntityManager em, ReferenceData places, long bookingId) {
        var legs = em.createQuery("SELECT s FROM BookingSegment s WHERE s.bookingId = :b ORDER BY s.leg",
                BookingSegmentEntity.class).setParameter("b", bookingId).getResultList();
        return new Itinerary(legs.stream().map(s -> new Segment(places.airline(s.getAirline()).orElseThrow(),
                s.getFlightNumber(), places.airport(s.getOrigin()).orElseThrow(),
                places.airport(s.getDestination()).orElseThrow(), s.getDepartsLocal(), s.getArrivesLocal())).toList());
    }
}
