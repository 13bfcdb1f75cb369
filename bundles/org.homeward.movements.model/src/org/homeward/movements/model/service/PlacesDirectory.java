package org.homeward.movements.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;

import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.Airline;
import org.homeward.movements.model.Airport;
import org.homeward.movements.model.ReferenceData;

/**
 * The airports and airlines bookings name: those Homeward ships, with the office's own added or
 * correcting them (the office's entry wins for the same IATA code).
 */
public interface PlacesDirectory {

    /** Field names of validation problems. */
    String IATA = "iata";
    String NAME = "name";
    String CITY = "city";
    String COUNTRY = "country";
    String ZONE = "zone";

    /** Shipped and office entries together, as bookings see them. */
    @Requires(Permission.READ_CASE)
    ReferenceData current();

    @Requires(Permission.READ_CASE)
    List<Airport> officeAirports();

    @Requires(Permission.READ_CASE)
    List<Airline> officeAirlines();

    /**
     * Adds the airport, or replaces the office's entry with the same code (a shipped one is overridden).
     *
     * @throws ValidationException a bad code, name, city, country or time zone (each named); nothing saved
     */
    @Requires(Permission.EDIT_DIRECTORIES)
    Airport saveAirport(Airport airport) throws ValidationException;

    /** Adds or replaces the airline. @throws ValidationException a bad code or name; nothing saved */
    @Requires(Permission.EDIT_DIRECTORIES)
    Airline saveAirline(Airline airline) throws ValidationException;
}
