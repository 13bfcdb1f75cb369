package org.homeward.traveldocs.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.homeward.traveldocs.model.DocumentCheck;
import org.homeward.traveldocs.model.Procedure;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.RequiredDocument;
import org.homeward.traveldocs.model.WorkingDays;
import org.junit.jupiter.api.Test;

/** Working days, validity, overdue answers and the expiry-versus-departure warning. */
class ProcedureRulesTest {

    /** Friday 6 March 2026. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    private static final WorkingDays DAYS = WorkingDays.WEEKENDS_ONLY;

    private static Procedure procedure(int processing, int validity, boolean grouping) {
        return new Procedure("GN", EnumSet.of(RequiredDocument.PHOTOS), false, false, processing, validity, grouping,
                BigDecimal.ZERO, "MAD", true);
    }

    @Test
    void workingDaysSkipTheWeekendAndHolidays() {
        assertEquals(DayOfWeek.FRIDAY, FRIDAY.getDayOfWeek());
        assertEquals(LocalDate.of(2026, 3, 9), DAYS.add(FRIDAY, 1), "Friday + 1 working day is Monday");
        assertEquals(LocalDate.of(2026, 3, 20), DAYS.add(FRIDAY, 10), "two weeks of working days");
        assertEquals(0, DAYS.between(FRIDAY, LocalDate.of(2026, 3, 8)), "Saturday and Sunday do not count");
        assertEquals(5, DAYS.between(FRIDAY, LocalDate.of(2026, 3, 13)));

        WorkingDays withHoliday = new WorkingDays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Set.of(LocalDate.of(2026, 3, 9)));
        assertEquals(LocalDate.of(2026, 3, 10), withHoliday.add(FRIDAY, 1), "a holiday Monday is skipped too");
    }

    @Test
    void aRequestIsOverdueOnlyAfterItsProcessingTimeInWorkingDays() {
        Procedure tenDays = procedure(10, 14, true);
        LocalDate due = tenDays.answerDue(FRIDAY, DAYS);

        assertEquals(LocalDate.of(2026, 3, 20), due);
        assertFalse(tenDays.overdue(RequestStatus.SENT, FRIDAY, DAYS, due), "due today is not late yet");
        assertTrue(tenDays.overdue(RequestStatus.SENT, FRIDAY, DAYS, due.plusDays(1)));
        assertTrue(tenDays.overdue(RequestStatus.INTERVIEW_SCHEDULED, FRIDAY, DAYS, due.plusDays(3)));
        assertFalse(tenDays.overdue(RequestStatus.ISSUED, FRIDAY, DAYS, due.plusDays(30)), "answered");
        assertFalse(tenDays.overdue(RequestStatus.DRAFT, null, DAYS, due.plusDays(30)), "not sent");
    }

    @Test
    void validityGivesTheExpiryOfAnIssuedDocument() {
        assertEquals(LocalDate.of(2026, 3, 20), procedure(5, 14, true).expiryOf(FRIDAY), "two weeks");
        assertEquals(LocalDate.of(2026, 6, 4), procedure(5, 90, true).expiryOf(FRIDAY), "three months");
    }

    @Test
    void documentsAreCheckedAgainstThePlannedDeparture() {
        LocalDate today = FRIDAY;
        LocalDate departure = LocalDate.of(2026, 3, 25);

        assertEquals(Optional.empty(), DocumentCheck.of(LocalDate.of(2026, 4, 30), departure, 7, today));
        assertEquals(DocumentCheck.Problem.EXPIRES_BEFORE_DEPARTURE,
                DocumentCheck.of(LocalDate.of(2026, 3, 24), departure, 0, today).orElseThrow().problem());
        assertEquals(DocumentCheck.Problem.EXPIRES_BEFORE_DEPARTURE,
                DocumentCheck.of(LocalDate.of(2026, 3, 28), departure, 7, today).orElseThrow().problem(),
                "valid on the day but not for the margin after it");
        assertEquals(DocumentCheck.Problem.NO_VALID_DOCUMENT,
                DocumentCheck.of(null, departure, 7, today).orElseThrow().problem());
        assertEquals(DocumentCheck.Problem.NO_VALID_DOCUMENT,
                DocumentCheck.of(LocalDate.of(2026, 3, 1), departure, 7, today).orElseThrow().problem(),
                "an expired document is no document");
        assertEquals(DocumentCheck.Problem.EXPIRES_SOON,
                DocumentCheck.of(LocalDate.of(2026, 3, 10), null, 7, today).orElseThrow().problem());
        assertEquals(Optional.empty(), DocumentCheck.of(null, null, 7, today), "nothing planned, nothing issued");
    }

    @Test
    void aCountryPluginsProcedureWinsAndIsNotEditableHere() {
        ProcedureServiceImpl defaults = new ProcedureServiceImpl(null, Services.ASSISTANT);
        Procedure fromPlugin = procedure(20, 90, false);
        defaults.addPlugin(country -> fromPlugin, java.util.Map.of("country", "GN"));
        assertEquals(fromPlugin, defaults.procedure("GN"));
        assertFalse(defaults.editable("GN"), "the plugin's country is changed in the plugin");
        assertTrue(defaults.editable("SN"));
    }

    @Test
    void defaultFeesAreInTheOfficesCurrencyNotTheHostCountrysOfTheCore() {
        ProcedureServiceImpl procedures = new ProcedureServiceImpl(null, Services.ASSISTANT);
        assertEquals("USD", procedures.defaults("GN").currency(), "no office plugin: a neutral currency");
        procedures.setOffice(new org.homeward.common.office.OfficeProfile() {

            @Override
            public String caseNumberPrefix() {
                return "TUN";
            }

            @Override
            public String countryCode() {
                return "TN";
            }

            @Override
            public String officeName() {
                return "Bureau de Tunis";
            }

            @Override
            public String currency() {
                return "TND";
            }
        });
        assertEquals("TND", procedures.defaults("GN").currency());
    }
}
