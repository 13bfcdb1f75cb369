package org.homeward.movements.core.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A notification's PDF, in its own table so that listing the outbox does not read it. */
@Entity(name = "NotificationContent")
@Table(name = "NOTIFICATION_CONTENT")
public class NotificationContent {

    @Id
    @Column(name = "NOTIFICATION_ID")
    private Long notificationId;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected NotificationContent() {
    }

    public NotificationContent(long notificationId, byte[] content) {
        this.notificationId = notificationId;
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
