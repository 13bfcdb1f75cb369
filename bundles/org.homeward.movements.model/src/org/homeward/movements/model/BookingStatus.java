package org.homeward.movements.model;

import java.util.EnumSet;
import java.util.Set;

/** Where a booking stands: an option held, ticketed, flown, or ended otherwise. */
public enum BookingStatus {

    OPTION, TICKETED, FLOWN, CANCELLED, NO_SHOW, REFUNDED, REBOOKED;

    /** The statuses that may follow this one. */
    public Set<BookingStatus> next() {
        return switch (this) {
            case OPTION -> EnumSet.of(TICKETED, CANCELLED);
            case TICKETED -> EnumSet.of(FLOWN, NO_SHOW, CANCELLED, REBOOKED);
            case NO_SHOW -> EnumSet.of(REBOOKED, REFUNDED);
            case CANCELLED -> EnumSet.of(REFUNDED);
            case FLOWN, REFUNDED, REBOOKED -> EnumSet.noneOf(BookingStatus.class);
        };
    }

    /** Whether the booking still holds seats. */
    public boolean isOpen() {
        return this == OPTION || this == TICKETED;
    }
}
