package org.homeward.movements.model;

/** How a departure travels: on a scheduled flight, or on a charter carrying many cases. */
public enum DepartureKind {
    SCHEDULED, CHARTER
}
