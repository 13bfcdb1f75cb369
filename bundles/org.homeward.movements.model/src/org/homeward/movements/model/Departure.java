package org.homeward.movements.model;

import java.time.Instant;
import java.time.LocalDate;

/** A planned movement on a date: a scheduled flight or a charter, with the bookings it carries. */
public interface Departure {

    Long getId();

    long getVersion();

    LocalDate getDepartsOn();

    DepartureKind getKind();

    /** What the office calls it, e.g. "AT517 Conakry" or "Charter Bamako 12/03". */
    String getLabel();

    /** Whether the day's boarding is confirmed for every passenger. */
    boolean isClosed();

    Instant getCreatedAt();

    String getCreatedBy();
}
