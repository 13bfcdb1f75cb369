package org.homeward.referrals.core.internal.entity;

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
import org.homeward.referrals.model.Referral;
import org.homeward.referrals.model.ReferralStatus;

/** A person of a case referred to a partner organisation, and where that stands. */
@Entity(name = "Referral")
@Table(name = "REFERRAL")
public class ReferralEntity implements Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "PERSON_ID", nullable = false)
    private long personId;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;

    @Column(name = "REFERRED_ON", nullable = false)
    private LocalDate referredOn;

    @Column(name = "REASON", nullable = false, length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ReferralStatus status = ReferralStatus.SENT;

    /** When the next follow-up is due; null when none is planned. */
    @Column(name = "NEXT_FOLLOW_UP")
    private LocalDate nextFollowUp;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    protected ReferralEntity() {
    }

    public ReferralEntity(long caseId, long personId, long organisationId, LocalDate referredOn, String reason,
            LocalDate nextFollowUp, String createdBy) {
        this.caseId = caseId;
        this.personId = personId;
        this.organisationId = organisationId;
        this.referredOn = referredOn;
        this.reason = reason;
        this.nextFollowUp = nextFollowUp;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getReason() {
        return reason;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public LocalDate getNextFollowUp() {
        return nextFollowUp;
    }

    public void setNextFollowUp(LocalDate nextFollowUp) {
        this.nextFollowUp = nextFollowUp;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
