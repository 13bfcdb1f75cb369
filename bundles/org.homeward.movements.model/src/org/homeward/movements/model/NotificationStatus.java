package org.homeward.movements.model;

/** Where a notification stands in the outbox. */
public enum NotificationStatus {
    /** Waiting to be sent (first time or again after a failure, at its next attempt). */
    QUEUED,
    /** Taken by a sender: no other sender takes it. */
    SENDING, SENT,
    /** The last attempt failed: it is tried again at its next attempt, with its error kept. */
    FAILED,
    /** Handed over, faxed or sent outside Homeward, as the user recorded. */
    DELIVERED_BY_HAND
}
