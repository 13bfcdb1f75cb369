package org.homeward.movements.model;

/** What happened to a passenger on the day of departure. */
public enum BoardingOutcome {
    /** Not yet confirmed. */
    PENDING,
    /** Boarded: their case has departed. */
    BOARDED,
    /** Did not come: a reason is kept and the case may be booked again. */
    NO_SHOW
}
