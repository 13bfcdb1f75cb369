package org.homeward.cases.core.internal.entity;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.StatusChange;

/** One move of a case in the workflow: who, when, from where to where, and why. Never changed once written. */
@Entity(name = "StatusChange")
@Table(name = "CASE_STATUS_CHANGE")
public class StatusChangeEntity implements StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 32)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", nullable = false, length = 32)
    private CaseStatus toStatus;

    @Column(name = "REASON", length = 1000)
    private String reason;

    @Column(name = "CHANGED_BY", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    protected StatusChangeEntity() {
    }

    public StatusChangeEntity(long caseId, CaseStatus fromStatus, CaseStatus toStatus, String reason, String changedBy,
            Instant changedAt) {
        this.caseId = caseId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    /** Null for the first status of a case. */
    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
