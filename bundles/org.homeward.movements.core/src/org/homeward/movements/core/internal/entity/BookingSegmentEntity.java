package org.homeward.movements.core.internal.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One flight of a booking, by codes, its times local to each airport. */
@Entity(name = "BookingSegment")
@Table(name = "BOOKING_SEGMENT")
public class BookingSegmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "BOOKING_ID", nullable = false)
    private long bookingId;

    @Column(name = "LEG", nullable = false)
    private int leg;

    @Column(name = "AIRLINE", nullable = false, length = 3)
    private String airline;

    @Column(name = "FLIGHT_NUMBER", nullable = false, length = 8)
    private String flightNumber;

    @Column(name = "ORIGIN", nullable = false, length = 3)
    private String origin;

    @Column(name = "DESTINATION", nullable = false, length = 3)
    private String destination;

    @Column(name = "DEPARTS_LOCAL", nullable = false)
    private LocalDateTime departsLocal;

    @Column(name = "ARRIVES_LOCAL", nullable = false)
    private LocalDateTime arrivesLocal;

    protected BookingSegmentEntity() {
    }

    public BookingSegmentEntity(long bookingId, int leg, String airline, String flightNumber, String origin,
            String destination, LocalDateTime departsLocal, LocalDateTime arrivesLocal) {
        this.bookingId = bookingId;
        this.leg = leg;
        this.airline = airline;
        this.flightNumber = flightNumber;
        this.origin = origin;
        this.destination = destination;
        this.departsLocal = departsLocal;
        this.arrivesLocal = arrivesLocal;
    }

    public long getBookingId() {
        return bookingId;
    }

    public int getLeg() {
        return leg;
    }

    public String getAirline() {
        return airline;
    }

    public String getFlightNumber() {
        return flightNumber;
    }

    public String getOrigin() {
        return origin;
    }

    public String getDestination() {
        return destination;
    }

    public LocalDateTime getDepartsLocal() {
        return departsLocal;
    }

    public LocalDateTime getArrivesLocal() {
        return arrivesLocal;
    }
}
