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
import org.homeward.cases.model.Eligibility;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;

/** The eligibility checklist of a case and the decision on it. One per case; a new assessment replaces it. */
@Entity(name = "Eligibility")
@Table(name = "ELIGIBILITY")
public class EligibilityEntity implements Eligibility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CASE_ID", nullable = false, unique = true)
    private long caseId;

    @Column(name = "VOLUNTARY", nullable = false)
    private boolean voluntary;

    @Column(name = "IRREGULAR_SITUATION", nullable = false)
    private boolean irregularSituation;

    @Column(name = "NOT_PREVIOUSLY_ASSISTED", nullable = false)
    private boolean notPreviouslyAssisted;

    @Column(name = "INFORMED_CONSENT", nullable = false)
    private boolean informedConsent;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", nullable = false, length = 16)
    private EligibilityDecision decision = EligibilityDecision.PENDING;

    @Column(name = "REASON", length = 1000)
    private String reason;

    @Column(name = "DECIDED_BY", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "DECIDED_AT", nullable = false)
    private Instant decidedAt;

    protected EligibilityEntity() {
    }

    public EligibilityEntity(long caseId) {
        this.caseId = caseId;
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

    public EligibilityCriteria getCriteria() {
        return new EligibilityCriteria(voluntary, irregularSituation, notPreviouslyAssisted, informedConsent);
    }

    public void setCriteria(EligibilityCriteria criteria) {
        voluntary = criteria.voluntary();
        irregularSituation = criteria.irregularSituation();
        notPreviouslyAssisted = criteria.notPreviouslyAssisted();
        informedConsent = criteria.informedConsent();
    }

    public EligibilityDecision getDecision() {
        return decision;
    }

    public void setDecision(EligibilityDecision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }
}
