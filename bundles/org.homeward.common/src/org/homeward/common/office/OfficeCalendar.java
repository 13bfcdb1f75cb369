package org.homeward.common.office;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The working calendar of the host country's administrations: its weekend and public holidays, in
 * which embassies' processing times are counted. Supplied as an OSGi service by a country plugin
 * (service property {@code country=XX}); the one with the highest {@code service.ranking} wins; when
 * none is registered, {@link #WEEKENDS_ONLY} applies.
 *
 * @since 1.1
 */
public interface OfficeCalendar {

    /** Saturday and Sunday off, no public holiday known. */
    OfficeCalendar WEEKENDS_ONLY = new OfficeCalendar() {

        @Override
        public Set<DayOfWeek> weekend() {
            return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }

        @Override
        public Set<LocalDate> holidays(int year) {
            return Set.of();
        }
    };

    /** The days of the week the administrations are closed. */
    Set<DayOfWeek> weekend();

    /**
     * The public holidays of {@code year}. Holidays of the lunar calendar may be estimates until the
     * authorities announce them; a plugin says so in its documentation.
     */
    Set<LocalDate> holidays(int year);
}
