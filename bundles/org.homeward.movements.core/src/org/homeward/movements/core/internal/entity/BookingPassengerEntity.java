package org.homeward.movements.core.internal.entity;

import java.time.LocalDate;

import org.homeward.movements.model.BookingPassenger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person of a booking. */
@Entity(name = "BookingPassenger")
@Table(name = "BOOKING_PASSENGER")
public class BookingPassengerEntity implements BookingPassenger {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "BOOKING_ID", nullable = false)
    private long bookingId;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "PERSON_ID", nullable = false)
    private long personId;

    @Column(name = "TICKET_NUMBER", length = 20)
    private String ticketNumber;

    @Column(name = "ESCORT", length = 200)
    private String escort;

    @Column(name = "FIT_TO_TRAVEL_ON")
    private LocalDate fitToTravelOn;

    protected BookingPassengerEntity() {
    }

    public BookingPassengerEntity(long bookingId, long caseId, long personId, String escort, LocalDate fitToTravelOn) {
        this.bookingId = bookingId;
        this.caseId = caseId;
        this.personId = personId;
        this.escort = escort;
        this.fitToTravelOn = fitToTravelOn;
    }

    public void ticketed(String number) {
        this.ticketNumber = number;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long getBookingId() {
        return bookingId;
    }

    @Override
    public long getCaseId() {
        return caseId;
    }

    @Override
    public long getPersonId() {
        return personId;
    }

    @Override
    public String getTicketNumber() {
        return ticketNumber;
    }

    @Override
    public String getEscort() {
        return escort;
    }

    @Override
    public LocalDate getFitToTravelOn() {
        return fitToTravelOn;
    }
}
