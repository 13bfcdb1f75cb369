package org.homeward.movements.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The shipped airports cover Morocco, the main countries of return and the transit hubs. */
class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.shipped();

    @Test
    void moroccosInternationalAirportsAndTheHubsAreThere() {
        for (String code : List.of("CMN", "RBA", "RAK", "TNG", "FEZ", "AGA", "OUD", "NDR", "CDG", "ORY", "IST",
                "BRU", "MAD", "ADD")) {
            assertTrue(data.airport(code).isPresent(), code);
        }
        assertTrue(data.airports().stream().filter(a -> a.country().equals("MA"))
                .allMatch(a -> a.zone().getId().equals("Africa/Casablanca")));
    }

    @Test
    void thirtyCountriesOfReturnHaveTheirAirportEachCodeOnceAndRealCountries() {
        Set<String> countries = data.airports().stream().map(Airport::country)
                .filter(c -> !Set.of("MA", "FR", "TR", "BE", "ES").contains(c)).collect(Collectors.toSet());
        assertTrue(countries.size() >= 30, countries.size() + " countries of return: " + countries);
        Set<String> known = Set.of(Locale.getISOCountries());
        assertEquals(Set.of(), countries.stream().filter(c -> !known.contains(c)).collect(Collectors.toSet()));
        assertTrue(data.airports().stream().allMatch(a -> a.iata().matches("[A-Z]{3}")));
        assertTrue(data.airlines().stream().allMatch(a -> a.iata().matches("[A-Z0-9]{2}")));
        assertEquals("Royal Air Maroc", data.airline("AT").orElseThrow().name());
    }

    @Test
    void anOfficeEntryTakesThePlaceOfTheShippedOneWithItsCode() {
        ReferenceData office = data.with(List.of(new Airport("FEZ", "Fès-Saïss Airport", "Fès", "MA",
                java.time.ZoneId.of("Africa/Casablanca"))), List.of(new Airline("L6", "Mauritania Airlines")));

        assertEquals("Fès-Saïss Airport", office.airport("FEZ").orElseThrow().name());
        assertEquals(data.airports().size(), office.airports().size(), "replaced, not added");
        assertEquals("Mauritania Airlines", office.airline("L6").orElseThrow().name());
        assertTrue(data.airline("L6").isEmpty(), "the shipped data is left as it was");
    }
}
