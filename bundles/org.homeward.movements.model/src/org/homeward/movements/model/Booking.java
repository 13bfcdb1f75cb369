package org.homeward.movements.model;

import java.math.BigDecimal;
import java.time.Instant;

/** A booking of flights for one or more persons (a household, a group): read-only view. */
public interface Booking {

    Long getId();

    long getVersion();

    BookingStatus getStatus();

    /** The airline's record locator; empty until the agency gives it. */
    String getPnr();

    String getAgency();

    BigDecimal getFare();

    BigDecimal getTaxes();

    /** ISO 4217. */
    String getCurrency();

    String getDonor();

    String getProjectCode();

    /** When an option lapses unless ticketed; null once ticketed or for none. */
    Instant getOptionUntil();
}
