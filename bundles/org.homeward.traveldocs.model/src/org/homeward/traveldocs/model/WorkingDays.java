package org.homeward.traveldocs.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working days of the host country's administrations: a weekend and public holidays. Processing
 * times of embassies are counted in these.
 */
public final class WorkingDays {

    /** Saturday and Sunday off, no holiday known: until an office plugin gives its holidays. */
    public static final WorkingDays WEEKENDS_ONLY = new WorkingDays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            Set.of());

    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;

    public WorkingDays(Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        this.holidays = Set.copyOf(holidays);
        if (this.weekend.size() == 7) {
            throw new IllegalArgumentException("a week needs a working day");
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The day {@code days} working days after {@code from} ({@code from} itself when 0). */
    public LocalDate add(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
