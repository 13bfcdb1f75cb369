package org.homeward.movements.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.Boarding;
import org.homeward.movements.model.Departure;
import org.homeward.movements.model.DepartureKind;
import org.homeward.movements.model.DeparturePassenger;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.PreEmbarkation;

/** Departures, their manifests and the day's boarding. Every call touches the database: call it off the UI thread. */
public interface DepartureService {

    /** Field names of validation problems. */
    String LABEL = "label";
    String BOOKINGS = "bookings";
    String DATE = "departsOn";

    /**
     * Plans a departure carrying ticketed bookings; each case not yet scheduled moves to "departure
     * scheduled" through the case workflow, in the same transaction.
     *
     * @throws ValidationException no label, no booking, a date in the past; nothing saved
     * @throws RefusedException a booking is not ticketed, is already on a departure, or a case cannot
     *         be scheduled (each named); nothing saved
     */
    @Requires(Permission.BOOK_TRAVEL)
    Departure plan(LocalDate departsOn, DepartureKind kind, String label, List<Long> bookingIds)
            throws ValidationException, RefusedException;

    /** Departures on or after {@code from}, soonest first; with {@code from} null, all, newest first. */
    @Requires(Permission.READ_CASE)
    List<Departure> departures(LocalDate from);

    /** The departure holding a person of the case, the latest one first. */
    @Requires(Permission.READ_CASE)
    List<Departure> departuresOf(long caseId);

    @Requires(Permission.READ_CASE)
    Manifest manifest(long departureId);

    /**
     * Records a passenger's pre-embarkation checks, audited.
     *
     * @throws ValidationException pocket money without a receipt number, or a negative amount
     */
    @Requires(Permission.READ_CASE)
    DeparturePassenger check(long passengerId, long expectedVersion, PreEmbarkation checks)
            throws ValidationException, ConflictException;

    /**
     * Confirms the day, in one transaction: each boarded passenger's case moves to "departed" and its
     * booking to "flown"; a no-show keeps its reason, its booking moves to "no-show" and its case to
     * "no-show", from which a new booking and departure can be made. All or nothing.
     *
     * @param outcomes by departure passenger id, for every passenger not yet confirmed
     * @throws ValidationException a no-show without reason, a passenger left out
     * @throws RefusedException a boarded passenger without documents in hand, or a workflow move refused
     */
    @Requires(Permission.BOOK_TRAVEL)
    Departure confirm(long departureId, long expectedVersion, Map<Long, Boarding> outcomes)
            throws ValidationException, RefusedException, ConflictException;
}
