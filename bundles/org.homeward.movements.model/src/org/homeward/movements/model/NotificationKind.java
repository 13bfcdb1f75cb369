package org.homeward.movements.model;

/** Who is told of a departure. */
public enum NotificationKind {
    /** The organisation's mission in the country of origin: arrival, passengers, reintegration contact. */
    MISSION_OF_ORIGIN,
    /** The organisation's mission at a transit airport: a request for transit assistance. */
    TRANSIT_MISSION,
    /** A ministry of the host country, as the office plugin declares: a departure notice. */
    HOST_AUTHORITY
}
