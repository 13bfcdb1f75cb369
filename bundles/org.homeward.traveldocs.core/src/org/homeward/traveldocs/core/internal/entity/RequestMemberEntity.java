package org.homeward.traveldocs.core.internal.entity;

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
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.TravelDocumentType;

/** A person in a travel-document request, and the document issued for them once it is. */
@Entity(name = "RequestMember")
@Table(name = "TRAVEL_DOC_MEMBER")
public class RequestMemberEntity implements RequestMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "REQUEST_ID", nullable = false)
    private long requestId;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "PERSON_ID", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "DOCUMENT_TYPE", length = 16)
    private TravelDocumentType documentType;

    @Column(name = "DOCUMENT_NUMBER", length = 40)
    private String documentNumber;

    @Column(name = "ISSUED_ON")
    private LocalDate issuedOn;

    @Column(name = "EXPIRES_ON")
    private LocalDate expiresOn;

    @Column(name = "SCAN_ATTACHMENT_ID")
    private Long scanAttachmentId;

    protected RequestMemberEntity() {
    }

    public RequestMemberEntity(long requestId, long caseId, long personId) {
        this.requestId = requestId;
        this.caseId = caseId;
        this.personId = personId;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getRequestId() {
        return requestId;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getPersonId() {
        return personId;
    }

    public TravelDocumentType getDocumentType() {
        return documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Long getScanAttachmentId() {
        return scanAttachmentId;
    }

    /** Records the document issued for this person. */
    public void setScanAttachmentId(Long scanAttachmentId) {
        this.scanAttachmentId = scanAttachmentId;
    }

    public void issued(TravelDocumentType type, String number, LocalDate on, LocalDate expires, Long scan) {
        this.documentType = type;
        this.documentNumber = number;
        this.issuedOn = on;
        this.expiresOn = expires;
        this.scanAttachmentId = scan;
    }
}
