package org.homeward.movements.core.internal.entity;

import java.time.Duration;
import java.time.Instant;

import org.homeward.movements.model.Notification;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotificationStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A letter in the outbox. */
@Entity(name = "Notification")
@Table(name = "NOTIFICATION")
public class NotificationEntity implements Notification {

    /** The pause after the first failure; it doubles with each further one, up to {@link #LONGEST_PAUSE}. */
    public static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    public static final Duration LONGEST_PAUSE = Duration.ofHours(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "DEPARTURE_ID", nullable = false)
    private long departureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "RECIPIENT_NAME", nullable = false, length = 200)
    private String recipientName;

    @Column(name = "EMAIL", length = 200)
    private String email;

    @Column(name = "SUBJECT", nullable = false, length = 300)
    private String subject;

    @Column(name = "BODY", nullable = false, length = 2000)
    private String body;

    @Column(name = "FILE_NAME", nullable = false, length = 120)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private NotificationStatus status = NotificationStatus.QUEUED;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_AT")
    private Instant nextAttemptAt;

    @Column(name = "LAST_ERROR", length = 400)
    private String lastError;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "SENT_AT")
    private Instant sentAt;

    @Column(name = "DELIVERED_HOW", length = 200)
    private String deliveredHow;

    protected NotificationEntity() {
    }

    public NotificationEntity(long departureId, NotificationKind kind, String recipientName, String email,
            String subject, String body, String fileName, Instant createdAt, String createdBy) {
        this.departureId = departureId;
        this.kind = kind;
        this.recipientName = recipientName;
        this.email = email;
        this.subject = subject;
        this.body = body;
        this.fileName = fileName;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.nextAttemptAt = createdAt;
    }

    /** Taken by a sender, until {@code leaseEnds} when another may take it again. */
    public void sending(Instant leaseEnds) {
        status = NotificationStatus.SENDING;
        attempts++;
        nextAttemptAt = leaseEnds;
    }

    public void sent(Instant at) {
        status = NotificationStatus.SENT;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The attempt failed: tried again after a pause that doubles with each failure. */
    public void failed(String error, Instant at) {
        status = NotificationStatus.FAILED;
        lastError = error == null ? null : error.length() > 400 ? error.substring(0, 399) + "\u2026" : error;
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 16));
        nextAttemptAt = at.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }

    public void dueAt(Instant at) {
        status = NotificationStatus.QUEUED;
        nextAttemptAt = at;
    }

    public void deliveredByHand(String how, Instant at) {
        status = NotificationStatus.DELIVERED_BY_HAND;
        deliveredHow = how;
        sentAt = at;
        nextAttemptAt = null;
    }

    public String getBody() {
        return body;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public long getDepartureId() {
        return departureId;
    }

    @Override
    public NotificationKind getKind() {
        return kind;
    }

    @Override
    public String getRecipientName() {
        return recipientName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public String getSubject() {
        return subject;
    }

    @Override
    public NotificationStatus getStatus() {
        return status;
    }

    @Override
    public int getAttempts() {
        return attempts;
    }

    @Override
    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    @Override
    public String getLastError() {
        return lastError;
    }

    @Override
    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public Instant getSentAt() {
        return sentAt;
    }

    @Override
    public String getDeliveredHow() {
        return deliveredHow;
    }

    @Override
    public String getFileName() {
        return fileName;
    }
}
