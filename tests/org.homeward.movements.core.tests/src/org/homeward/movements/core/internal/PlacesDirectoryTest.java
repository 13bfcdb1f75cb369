package org.homeward.movements.core.internal;

import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;
import org.homeward.cases.model.MigrantCase;
import org.homeward.movements.model.Airline;
import org.homeward.movements.model.Airport;
import org.homeward.movements.model.BookingDraft;
import org.homeward.movements.model.Itinerary;
import org.homeward.movements.model.service.PlacesDirectory;
import org.junit.jupiter.api.Test;

/**
 * The office's own airports and airlines: a booking to an airport Homeward does not ship is refused by
 * name until the office adds it, then its itinerary reads in that airport's time zone; bad entries are
 * refused field by field and nothing is saved.
 */
class PlacesDirectoryTest {

    @Test
    void aBookingToAnAirportTheOfficeAddsIsRefusedThenAccepted() throws Exception {
        Fixtures f = new Fixtures();
        MigrantCase c = f.approvedCase(Fixtures.family(), "Mariem", Set.of());
        LocalDateTime at = f.day.atTime(7, 30);
        BookingDraft draft = new BookingDraft("NDB001", "Agence Atlas", null, null, "MAD", null, null, null, List.of(
                new BookingDraft.SegmentDraft("AT", "1402", "RBA", "CMN", at, at.plusMinutes(45)),
                new BookingDraft.SegmentDraft("AT", "571", "CMN", "NKC", at.plusHours(3), at.plusHours(6)),
                new BookingDraft.SegmentDraft("L6", "201", "NKC", "NDB", at.plusHours(9), at.plusHours(10))),
                List.of(new BookingDraft.PassengerDraft(f.principal(c).getId(), null, null)));
        TestAccounts.signInAs(Role.OPERATIONS_OFFICER); // who keeps the directory of airports
        if (f.places.current().airport("NDB").isEmpty()) {
            ValidationException refused = assertThrows(ValidationException.class, () -> f.bookings.book(draft));
            assertEquals(2, refused.problems().size(), refused.problems().toString());
        }

        f.places.saveAirport(new Airport("ndb", "Nouadhibou International Airport", "Nouadhibou", "mr",
                ZoneId.of("Africa/Nouakchott")));
        f.places.saveAirline(new Airline("L6", "Mauritania Airlines"));
        long booking = f.bookings.book(draft).getId();

        Itinerary trip = f.bookings.itinerary(booking);
        assertEquals("Nouadhibou", trip.segments().get(2).destination().city());
        assertEquals(ZoneId.of("Africa/Nouakchott"), trip.segments().get(2).destination().zone());
        assertEquals("MR", f.places.officeAirports().stream().filter(a -> a.iata().equals("NDB")).findFirst()
                .orElseThrow().country());
    }

    @Test
    void aBadAirportIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        Fixtures f = new Fixtures();
        TestAccounts.signInAs(Role.OPERATIONS_OFFICER);
        int before = f.places.officeAirports().size();

        ValidationException refused = assertThrows(ValidationException.class,
                () -> f.places.saveAirport(new Airport("nd", " ", "Nouadhibou", "XX", null)));

        assertEquals(List.of(PlacesDirectory.ZONE, PlacesDirectory.IATA, PlacesDirectory.NAME,
                PlacesDirectory.COUNTRY), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(before, f.places.officeAirports().size());
        ValidationException airline = assertThrows(ValidationException.class,
                () -> f.places.saveAirline(new Airline("L66", "")));
        assertEquals(List.of(PlacesDirectory.IATA, PlacesDirectory.NAME),
                airline.problems().stream().map(FieldProblem::field).toList());
    }
}
