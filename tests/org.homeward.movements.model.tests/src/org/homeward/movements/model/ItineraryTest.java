package org.homeward.movements.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Journeys read in their airports' local times: arrival days, connections, travel dates. */
class ItineraryTest {

    private final ReferenceData data = ReferenceData.shipped();
    private final Duration ninetyMinutes = Duration.ofMinutes(90);

    private Segment flight(String airline, String number, String from, String to, String departs, String arrives) {
        return new Segment(data.airline(airline).orElseThrow(), number, data.airport(from).orElseThrow(),
                data.airport(to).orElseThrow(), LocalDateTime.parse(departs), LocalDateTime.parse(arrives));
    }

    @Test
    void aNightFlightEastwardsLandsTheNextDayInItsOwnZone() {
        // Casablanca (UTC+1 outside Ramadan in December) to Istanbul (UTC+3): 4 h 40 in the air
        Segment night = flight("TK", "618", "CMN", "IST", "2026-12-14T22:50", "2026-12-15T05:30");
        Itinerary journey = new Itinerary(List.of(night));

        assertEquals(Duration.ofHours(4).plusMinutes(40), night.flightTime());
        assertEquals(LocalDate.of(2026, 12, 15), journey.arrivalDate());
        assertEquals(List.of(), journey.faults(ninetyMinutes));
        assertEquals(List.of(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15)),
                List.copyOf(journey.travelDates()));
    }

    @Test
    void aFlightWestwardsCanLandAtAnEarlierLocalTimeThanItLeft() {
        // Casablanca (UTC+1) 10:00 to Dakar (UTC+0) 10:55 local: 1 h 55 in the air, not 55 minutes
        Segment west = flight("AT", "501", "CMN", "DSS", "2026-12-14T10:00", "2026-12-14T10:55");

        assertEquals(Duration.ofMinutes(115), west.flightTime());
        assertEquals(List.of(), new Itinerary(List.of(west)).faults(ninetyMinutes));
    }

    @Test
    void aShortOrBrokenConnectionIsNamedAtItsFlight() {
        Segment toParis = flight("AF", "1197", "RBA", "CDG", "2026-12-14T09:00", "2026-12-14T13:10");
        Segment tooSoon = flight("AF", "718", "CDG", "CKY", "2026-12-14T14:00", "2026-12-14T18:30");
        Segment fromOrly = flight("AF", "718", "ORY", "CKY", "2026-12-14T16:00", "2026-12-14T20:30");
        Segment backwards = flight("AT", "517", "CMN", "CKY", "2026-12-14T23:00", "2026-12-14T21:00");

        assertEquals(List.of(new Itinerary.Fault(1, Itinerary.Problem.CONNECTION_TOO_SHORT)),
                new Itinerary(List.of(toParis, tooSoon)).faults(ninetyMinutes));
        assertEquals(List.of(new Itinerary.Fault(1, Itinerary.Problem.NOT_CONNECTED)),
                new Itinerary(List.of(toParis, fromOrly)).faults(ninetyMinutes));
        // 23:00 in Casablanca (UTC+1) is 22:00 UTC; 21:00 in Conakry (UTC+0) is before it
        assertEquals(List.of(new Itinerary.Fault(0, Itinerary.Problem.LANDS_BEFORE_TAKE_OFF)),
                new Itinerary(List.of(backwards)).faults(ninetyMinutes));
    }

    @Test
    void aBookingMovesOnlyAsTicketingAllows() {
        assertEquals(true, BookingStatus.OPTION.next().contains(BookingStatus.TICKETED));
        assertEquals(false, BookingStatus.OPTION.next().contains(BookingStatus.FLOWN), "an option is not flown");
        assertEquals(true, BookingStatus.NO_SHOW.next().contains(BookingStatus.REBOOKED));
        assertEquals(true, BookingStatus.FLOWN.next().isEmpty());
        assertEquals(false, BookingStatus.CANCELLED.isOpen());
    }
}
