package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.movements.model.BookingDraft;
import org.homeward.movements.model.service.BookingService;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A case's flights in its editor: each flight in its airports' local times, the day it arrives. */
@ExtendWith(ScreenshotOnFailure.class)
class FlightsPageUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void workbench() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void aBookedNightFlightShowsItsLocalTimesAndTheNextDayArrival() throws Exception {
        String family = Workbench.uniqueFamilyName("Condé");
        MigrantCase c = workbench.cases.register(new NewCase(family, "Fanta", null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1993), "GN"));
        long person = Workbench.service(HouseholdService.class).members(c.getId()).get(0).getId();
        LocalDate day = LocalDate.now().plusDays(20);
        Workbench.service(BookingService.class).book(new BookingDraft("Q8WZ3M", "Agence Atlas",
                new BigDecimal("3900.00"), new BigDecimal("700.00"), "MAD", null, null, null, List.of(
                        new BookingDraft.SegmentDraft("AT", "1402", "RBA", "CMN", day.atTime(9, 0),
                                day.atTime(9, 45)),
                        new BookingDraft.SegmentDraft("AT", "517", "CMN", "CKY", day.atTime(23, 0),
                                LocalDateTime.of(day.plusDays(1), java.time.LocalTime.of(2, 30)))),
                List.of(new BookingDraft.PassengerDraft(person, null, null))));

        workbench.openFromList(family, c.getCaseNumber());
        Bot page = workbench.window.bot().page("Vols");
        BotTable flights = page.tableWithColumn("PNR");
        workbench.bot.waitUntil(() -> flights.rowCount() == 1, "the booking listed");
        DateTimeFormatter dm = DateTimeFormatter.ofPattern("dd/MM");
        assertEquals("AT1402 RBA " + dm.format(day) + " 09:00 → CMN " + dm.format(day) + " 09:45; AT517 CMN "
                + dm.format(day) + " 23:00 → CKY " + dm.format(day.plusDays(1)) + " 02:30", flights.cell(0, 2));
        assertEquals(DateTimeFormatter.ofPattern("dd/MM/uuuu").format(day.plusDays(1)), flights.cell(0, 3),
                "arrives the next day, in Conakry's time");
        assertEquals("Option", flights.cell(0, 1));
    }
}
