package org.homeward.country.ma.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.homeward.common.office.OfficeCalendar;
import org.osgi.service.component.annotations.Component;

/**
 * Moroccan public holidays, Saturday and Sunday off. The civil holidays are fixed; the religious
 * ones follow the lunar calendar, which Morocco sets by its own moon sighting: they are estimated
 * from the Umm al-Qura calendar of the JDK, one day later (Morocco's sighting usually falls a day
 * after it), and may still be a day off until announced.
 */
@Component(property = {"country=MA", "service.ranking:Integer=100"})
public class MoroccanHolidays implements OfficeCalendar {

    /** New Year, Independence Manifesto, Labour Day, Throne Day, Oued Ed-Dahab, Revolution of the
     * King and the People, Youth Day, Green March, Independence Day. */
    private static final List<MonthDay> CIVIL = List.of(MonthDay.of(1, 1), MonthDay.of(1, 11), MonthDay.of(5, 1),
            MonthDay.of(7, 30), MonthDay.of(8, 14), MonthDay.of(8, 20), MonthDay.of(8, 21), MonthDay.of(11, 6),
            MonthDay.of(11, 18));

    /** Amazigh New Year (Yennayer), a public holiday since 2024. */
    private static final MonthDay YENNAYER = MonthDay.of(1, 14);

    /** Hijri month and day, and days off: Islamic New Year, Mawlid, Eid al-Fitr, Eid al-Adha. */
    private static final int[][] RELIGIOUS = {{1, 1, 1}, {3, 12, 2}, {10, 1, 2}, {12, 10, 2}};

    /** Days between the Umm al-Qura date and Morocco's usual one. */
    private static final int SIGHTING_OFFSET = 1;

    @Override
    public Set<DayOfWeek> weekend() {
        return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Override
    public Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        for (MonthDay d : CIVIL) {
            days.add(d.atYear(year));
        }
        if (year >= 2024) {
            days.add(YENNAYER.atYear(year));
        }
        try {
            int hijri = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
            for (int h = hijri; h <= hijri + 2; h++) { // a solar year spans up to three Hijri years
                for (int[] r : RELIGIOUS) {
                    LocalDate first = LocalDate.from(HijrahChronology.INSTANCE.date(h, r[0], r[1]))
                            .plusDays(SIGHTING_OFFSET);
                    for (int i = 0; i < r[2]; i++) {
                        if (first.plusDays(i).getYear() == year) {
                            days.add(first.plusDays(i));
                        }
                    }
                }
            }
        } catch (DateTimeException outsideTheCalendar) {
            // the JDK's Umm al-Qura table covers 1882-2076: outside it, the civil holidays only
        }
        return days;
    }
}
