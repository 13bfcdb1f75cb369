package org.homeward.movements.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;
import java.util.Map;

import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingDraft;
import org.homeward.movements.model.BookingPassenger;
import org.homeward.movements.model.BookingStatus;
import org.homeward.movements.model.Itinerary;

/** Flight bookings of cases. Every call touches the database: call it off the UI thread. */
public interface BookingService {

    /**
     * Records an option on flights for persons of one or more cases, audited.
     *
     * @throws ValidationException naming every bad field: unknown airline or airport, a flight landing
     *         before it takes off, a broken or too short connection, no passenger; nothing saved
     */
    @Requires(Permission.BOOK_TRAVEL)
    Booking book(BookingDraft draft) throws ValidationException;

    /**
     * Tickets an option, with each passenger's ticket number. Refused, naming each person and why,
     * when a case is not approved, when a person holds no travel document valid on every travel date
     * (their own passport, or the laissez-passer the embassy issued), or when an unaccompanied child
     * has no escort or a medical case no escort nor fit-to-travel record. Nothing is saved then.
     *
     * @param ticketNumbers by person id
     */
    @Requires(Permission.BOOK_TRAVEL)
    Booking ticket(long bookingId, long expectedVersion, Map<Long, String> ticketNumbers)
            throws ValidationException, RefusedException, ConflictException;

    /** Moves a booking to a status that may follow its own (cancelled, flown, no-show...). */
    @Requires(Permission.BOOK_TRAVEL)
    Booking move(long bookingId, long expectedVersion, BookingStatus to) throws RefusedException, ConflictException;

    /**
     * The options that lapse before {@code until} unless ticketed (their time limit passed or coming),
     * soonest first: the reminder of what to ticket or release.
     */
    @Requires(Permission.READ_CASE)
    List<Booking> lapsingOptions(java.time.Instant until);

    /** The bookings in {@code status}, newest first (at most 500). */
    @Requires(Permission.READ_CASE)
    List<Booking> withStatus(BookingStatus status);

    /** The bookings holding a person of the case, newest first. */
    @Requires(Permission.READ_CASE)
    List<Booking> bookingsOf(long caseId);

    @Requires(Permission.READ_CASE)
    List<BookingPassenger> passengers(long bookingId);

    @Requires(Permission.READ_CASE)
    Itinerary itinerary(long bookingId);
}
