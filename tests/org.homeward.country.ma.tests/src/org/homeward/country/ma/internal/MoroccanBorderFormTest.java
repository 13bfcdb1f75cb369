package org.homeward.country.ma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.movements.model.Airline;
import org.homeward.movements.model.Airport;
import org.homeward.movements.model.Departure;
import org.homeward.movements.model.DeparturePassenger;
import org.homeward.movements.model.Itinerary;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.Segment;
import org.homeward.movements.model.spi.FormContent;
import org.junit.jupiter.api.Test;

/**
 * The Morocco plugin's form for the border police: each departing person of the case with the travel
 * document and the flight, and the programme named on the declaration in French and Arabic.
 */
class MoroccanBorderFormTest {

    /** A view whose getters answer from {@code values} (by method name), as the services' views do. */
    @SuppressWarnings("unchecked")
    private static <T> T view(Class<T> type, Map<String, Object> values) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> values.get(method.getName()));
    }

    @Test
    void theBorderListNamesEachPersonTheirDocumentAndTheFlight() {
        LocalDate day = LocalDate.of(2026, 12, 16);
        Departure departure = view(Departure.class, Map.of("getDepartsOn", day, "getLabel", "AT1402 Conakry"));
        DeparturePassenger passenger = view(DeparturePassenger.class, Map.of("getBookingId", 7L, "getCaseId", 3L));
        ManifestLine mother = new ManifestLine(passenger, "RBA-2026-00003", "Camara", "Fatoumata", "1991", "F", "GN",
                "R0457781", LocalDate.of(2029, 3, 1), "Q8WZ3M", "147-2400000001", Set.of());
        ManifestLine son = new ManifestLine(passenger, "RBA-2026-00003", "Camara", "Alpha", "2016", "M", "GN",
                "LP-2026-0091", LocalDate.of(2027, 1, 15), "Q8WZ3M", "147-2400000002", Set.of());
        ZoneId casablanca = ZoneId.of("Africa/Casablanca");
        Itinerary trip = new Itinerary(List.of(new Segment(new Airline("AT", "Royal Air Maroc"), "1402",
                new Airport("RBA", "Rabat-Salé Airport", "Rabat", "MA", casablanca),
                new Airport("CMN", "Mohammed V International Airport", "Casablanca", "MA", casablanca),
                LocalDateTime.of(day, java.time.LocalTime.of(9, 0)),
                LocalDateTime.of(day, java.time.LocalTime.of(9, 45)))));

        FormContent form = new MoroccanBorderForm(new RabatOffice()).content(new Manifest(departure,
                List.of(mother, son), trip), List.of(mother, son), id -> trip);

        assertEquals(List.of(List.of("Camara", "Fatoumata", "1991", "Guinée", "R0457781", "01/03/2029"),
                List.of("Camara", "Alpha", "2016", "Guinée", "LP-2026-0091", "15/01/2027")), form.rows());
        assertTrue(form.title().endsWith("dossier RBA-2026-00003"), form.title());
        assertEquals(List.of("Le Bureau de Rabat (Rabat) organise le retour volontaire des personnes ci-dessous,"
                + " départ du 16/12/2026, vol AT1402 RBA → CMN 16/12/2026 09:00."), form.paragraphs());
        assertEquals(MoroccanBorderForm.TYPE, new MoroccanBorderForm(new RabatOffice()).type());
    }

    @Test
    void theDeclarationNamesTheProgrammeInFrenchAndArabicAndKeepsTheRestAsHomewardWritesIt() {
        MoroccanDepartureTexts texts = new MoroccanDepartureTexts();

        assertTrue(texts.text("declaration.reference", "fr").contains("depuis le Maroc"));
        assertTrue(texts.text("declaration.reference", "ar").contains("المغرب"));
        assertEquals(null, texts.text("declaration.text", "fr"));
    }
}
