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
import jakarta.persistence.Version;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.TravelDocRequest;

/**
 * A request for travel documents to one embassy, for one or more persons (of one or several cases
 * of that nationality when the procedure allows grouping): see {@link RequestMember}.
 */
@Entity(name = "TravelDocRequest")
@Table(name = "TRAVEL_DOC_REQUEST")
public class TravelDocRequestEntity implements TravelDocRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "EMBASSY_ID", nullable = false)
    private long embassyId;

    @Column(name = "COUNTRY", nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 24)
    private RequestStatus status = RequestStatus.DRAFT;

    @Column(name = "STATUS_REASON", length = 1000)
    private String statusReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 16)
    private Channel channel;

    @Column(name = "OUR_REFERENCE", nullable = false, length = 40)
    private String ourReference;

    @Column(name = "THEIR_REFERENCE", length = 60)
    private String theirReference;

    @Column(name = "SENT_ON")
    private LocalDate sentOn;

    @Column(name = "DOCUMENTS_SENT", length = 500)
    private String documentsSent;

    @Column(name = "FOLLOW_UP_ON")
    private LocalDate followUpOn;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    protected TravelDocRequestEntity() {
    }

    public TravelDocRequestEntity(long embassyId, String country, Channel channel, String ourReference,
            Instant createdAt,
            String createdBy) {
        this.embassyId = embassyId;
        this.country = country;
        this.channel = channel;
        this.ourReference = ourReference;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getEmbassyId() {
        return embassyId;
    }

    public String getCountry() {
        return country.strip();
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatus(RequestStatus status, String reason) {
        this.status = status;
        this.statusReason = reason;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getOurReference() {
        return ourReference;
    }

    public String getTheirReference() {
        return theirReference;
    }

    public void setTheirReference(String theirReference) {
        this.theirReference = theirReference;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public String getDocumentsSent() {
        return documentsSent;
    }

    public void setDocumentsSent(String documentsSent) {
        this.documentsSent = documentsSent;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
