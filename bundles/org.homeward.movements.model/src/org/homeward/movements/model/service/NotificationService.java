package org.homeward.movements.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.time.Instant;
import java.util.List;

import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.movements.model.Notification;
import org.homeward.movements.model.NotificationStatus;

/**
 * The letters that tell the mission of origin, the transit missions and the host country's
 * authorities of a departure, and the outbox that sends them. Call it off the UI thread.
 */
public interface NotificationService {

    /**
     * Generates the departure's letters and queues them, in one transaction with their sharing log:
     * the mission of origin of each country of arrival, the mission of each transit country, each
     * authority the office plugin declares. The mission of origin reads only the vulnerability and
     * medical details each case's consent allows.
     *
     * @throws RefusedException a case's consent does not cover a recipient, or a recipient has no
     *         directory entry (each named); nothing queued
     */
    @Requires(Permission.BOOK_TRAVEL)
    List<Notification> queue(long departureId) throws RefusedException;

    /** The outbox, newest first. */
    @Requires(Permission.READ_CASE)
    List<Notification> outbox();

    @Requires(Permission.READ_CASE)
    List<Notification> ofDeparture(long departureId);

    /** How many notifications in the outbox are in one of {@code statuses}. */
    @Requires(Permission.READ_CASE)
    long count(NotificationStatus... statuses);

    /** The letter's PDF. */
    @Requires(Permission.READ_CASE)
    byte[] pdf(long notificationId);

    /**
     * Sends what is due at {@code now}, oldest first: each is taken by this sender alone before it is
     * sent, so two senders never send it twice; a failure keeps the error and tries again later, each
     * time after a longer pause. While no mail server is set up, nothing is tried: the letters wait.
     *
     * @return how many were sent
     */
    @Requires(Permission.BOOK_TRAVEL)
    int sendDue(Instant now);

    /** Makes a failed notification due now. */
    @Requires(Permission.BOOK_TRAVEL)
    Notification retry(long notificationId, long expectedVersion) throws RefusedException, ConflictException;

    /** Records that a notification was delivered outside the outbox (by hand, fax). */
    @Requires(Permission.BOOK_TRAVEL)
    Notification deliveredByHand(long notificationId, long expectedVersion, String how)
            throws RefusedException, ConflictException;
}
