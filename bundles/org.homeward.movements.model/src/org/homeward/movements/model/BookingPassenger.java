package org.homeward.movements.model;

import java.time.LocalDate;

/** A person of a booking, with their ticket and what they need to travel. */
public interface BookingPassenger {

    Long getId();

    long getBookingId();

    long getCaseId();

    long getPersonId();

    /** Null until ticketed. */
    String getTicketNumber();

    /** Who travels with them (an unaccompanied child, a medical case); null for none. */
    String getEscort();

    /** The day a doctor found them fit to travel; null when not recorded. */
    LocalDate getFitToTravelOn();
}
