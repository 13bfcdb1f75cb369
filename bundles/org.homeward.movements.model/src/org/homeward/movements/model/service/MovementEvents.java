package org.homeward.movements.model.service;

/** Event Admin topics the movements services post after a commit, for screens to read again. */
public final class MovementEvents {

    /** Bookings, departures or notifications changed (no properties: screens read their lists again). */
    public static final String TOPIC_CHANGED = "org/homeward/movements/CHANGED";

    /** Every movements topic. */
    public static final String TOPIC_ALL = "org/homeward/movements/*";

    private MovementEvents() {
    }
}
