package org.homeward.movements.model;

import java.time.Instant;

/** A letter about a departure in the outbox, to one recipient, with its PDF. */
public interface Notification {

    Long getId();

    long getVersion();

    long getDepartureId();

    NotificationKind getKind();

    String getRecipientName();

    /** Null when the recipient has no e-mail address: it can only be delivered by hand or fax. */
    String getEmail();

    String getSubject();

    NotificationStatus getStatus();

    int getAttempts();

    /** When a queued or failed notification is tried next. */
    Instant getNextAttemptAt();

    /** The last failure's message, null when none. */
    String getLastError();

    Instant getCreatedAt();

    Instant getSentAt();

    /** How it was delivered when by hand ("fax", "remis en main propre"...). */
    String getDeliveredHow();

    String getFileName();
}
