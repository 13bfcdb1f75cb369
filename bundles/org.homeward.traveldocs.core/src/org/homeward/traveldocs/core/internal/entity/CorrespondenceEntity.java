package org.homeward.traveldocs.core.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.Correspondence;

/** A letter, e-mail, call or visit exchanged with an embassy, about a request or in general. */
@Entity(name = "Correspondence")
@Table(name = "EMBASSY_CORRESPONDENCE")
public class CorrespondenceEntity implements Correspondence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "EMBASSY_ID", nullable = false)
    private long embassyId;

    @Column(name = "REQUEST_ID")
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "DIRECTION", nullable = false, length = 16)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 16)
    private Channel channel;

    @Column(name = "ON_DATE", nullable = false)
    private LocalDate on;

    @Column(name = "SUMMARY", nullable = false, length = 1000)
    private String summary;

    @Column(name = "ATTACHMENT_ID")
    private Long attachmentId;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    private String recordedBy;

    protected CorrespondenceEntity() {
    }

    public CorrespondenceEntity(long embassyId, Long requestId, Direction direction, Channel channel, LocalDate on,
            String summary, Long attachmentId, Instant recordedAt, String recordedBy) {
        this.embassyId = embassyId;
        this.requestId = requestId;
        this.direction = direction;
        this.channel = channel;
        this.on = on;
        this.summary = summary;
        this.attachmentId = attachmentId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public long getEmbassyId() {
        return embassyId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Direction getDirection() {
        return direction;
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getOn() {
        return on;
    }

    public String getSummary() {
        return summary;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
