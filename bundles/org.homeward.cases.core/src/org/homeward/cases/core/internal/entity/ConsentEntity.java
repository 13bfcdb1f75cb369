package org.homeward.cases.core.internal.entity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.homeward.cases.model.Consent;
import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.Recipient;

/**
 * The informed consent of a case: when it was given, in which language it was explained, by whom,
 * and to which recipients data may go. One per case; withdrawing it keeps the record.
 */
@Entity(name = "Consent")
@Table(name = "CONSENT")
public class ConsentEntity implements Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "GIVEN_ON", nullable = false)
    private LocalDate givenOn;

    /** ISO 639 code of the language the consent was explained in (fr, en, ar, bm, ff, wo...). */
    @Column(name = "LANGUAGE", nullable = false, length = 8)
    private String language;

    @Column(name = "EXPLAINED_BY", nullable = false, length = 64)
    private String explainedBy;

    @Column(name = "EMBASSY_OF_ORIGIN", nullable = false)
    private boolean embassyOfOrigin;

    @Column(name = "MISSION_OF_ORIGIN", nullable = false)
    private boolean missionOfOrigin;

    @Column(name = "HOST_AUTHORITIES", nullable = false)
    private boolean hostAuthorities;

    @Column(name = "PARTNER_ORGANISATIONS", nullable = false)
    private boolean partnerOrganisations;

    @Column(name = "SHARE_VULNERABILITIES", nullable = false)
    private boolean shareVulnerabilities;

    @Column(name = "SHARE_MEDICAL", nullable = false)
    private boolean shareMedical;

    @Column(name = "WITHDRAWN_ON")
    private LocalDate withdrawnOn;

    protected ConsentEntity() {
    }

    public ConsentEntity(long caseId) {
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

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getExplainedBy() {
        return explainedBy;
    }

    public void setExplainedBy(String explainedBy) {
        this.explainedBy = explainedBy;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    /** The recipients consented to. */
    public Set<Recipient> getScopes() {
        Set<Recipient> scopes = EnumSet.noneOf(Recipient.class);
        if (embassyOfOrigin) {
            scopes.add(Recipient.EMBASSY_OF_ORIGIN);
        }
        if (missionOfOrigin) {
            scopes.add(Recipient.MISSION_OF_ORIGIN);
        }
        if (hostAuthorities) {
            scopes.add(Recipient.HOST_AUTHORITIES);
        }
        if (partnerOrganisations) {
            scopes.add(Recipient.PARTNER_ORGANISATIONS);
        }
        return scopes;
    }

    public void setScopes(Set<Recipient> scopes) {
        embassyOfOrigin = scopes.contains(Recipient.EMBASSY_OF_ORIGIN);
        missionOfOrigin = scopes.contains(Recipient.MISSION_OF_ORIGIN);
        hostAuthorities = scopes.contains(Recipient.HOST_AUTHORITIES);
        partnerOrganisations = scopes.contains(Recipient.PARTNER_ORGANISATIONS);
    }

    @Override
    public Set<ConsentDetail> getSharedDetails() {
        Set<ConsentDetail> details = EnumSet.noneOf(ConsentDetail.class);
        if (shareVulnerabilities) {
            details.add(ConsentDetail.VULNERABILITIES);
        }
        if (shareMedical) {
            details.add(ConsentDetail.MEDICAL);
        }
        return details;
    }

    public void setSharedDetails(Set<ConsentDetail> details) {
        shareVulnerabilities = details.contains(ConsentDetail.VULNERABILITIES);
        shareMedical = details.contains(ConsentDetail.MEDICAL);
    }

    /** Whether data may go to {@code recipient} now: consented to, and not withdrawn. */
    public boolean allows(Recipient recipient) {
        return withdrawnOn == null && getScopes().contains(recipient);
    }
}
