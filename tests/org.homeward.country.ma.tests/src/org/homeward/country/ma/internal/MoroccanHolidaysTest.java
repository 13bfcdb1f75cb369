package org.homeward.country.ma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MoroccanHolidaysTest {

    private final MoroccanHolidays calendar = new MoroccanHolidays();

    @Test
    void civilHolidaysFallOnTheirFixedDays() {
        Set<LocalDate> days = calendar.holidays(2026);
        for (String d : new String[]{"2026-01-01", "2026-01-11", "2026-01-14", "2026-05-01", "2026-07-30",
                "2026-08-14", "2026-08-20", "2026-08-21", "2026-11-06", "2026-11-18"}) {
            assertTrue(days.contains(LocalDate.parse(d)), d);
        }
        assertFalse(calendar.holidays(2023).contains(LocalDate.parse("2023-01-14")),
                "Yennayer is a public holiday from 2024 only");
    }

    @Test
    void religiousHolidaysOf2025AreThoseMoroccoObserved() {
        Set<LocalDate> days = calendar.holidays(2025);
        // Eid al-Fitr 31 March and 1 April, Eid al-Adha 7 and 8 June, 1 Muharram 27 June, Mawlid 5 and 6 September
        for (String d : new String[]{"2025-03-31", "2025-04-01", "2025-06-07", "2025-06-08", "2025-06-27",
                "2025-09-05", "2025-09-06"}) {
            assertTrue(days.contains(LocalDate.parse(d)), d);
        }
        assertFalse(days.contains(LocalDate.parse("2025-03-30")), "the Umm al-Qura day itself is not taken");
        assertEquals(10 + 7, days.size(), "ten civil days and seven religious ones: " + days);
    }

    @Test
    void eachYearHoldsOnlyItsOwnDaysAndTwoIslamicNewYearsWhenTheyFallInIt() {
        // the lunar year is 11 days shorter: 2008 saw 1 Muharram 1429 (10 January) and 1430 (29 December)
        Set<LocalDate> y2008 = calendar.holidays(2008);
        assertTrue(y2008.contains(LocalDate.parse("2008-01-11")) && y2008.contains(LocalDate.parse("2008-12-30")),
                y2008.toString());
        for (int year = 2000; year <= 2040; year++) {
            for (LocalDate d : calendar.holidays(year)) {
                assertEquals(year, d.getYear(), d.toString());
            }
        }
    }

    @Test
    void theWeekendIsSaturdayAndSunday() {
        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), calendar.weekend());
    }
}
