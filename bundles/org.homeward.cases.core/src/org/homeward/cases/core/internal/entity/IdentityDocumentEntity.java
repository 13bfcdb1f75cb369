package org.homeward.cases.core.internal.entity;

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
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.IdentityDocument;

/** An identity document a person holds. */
@Entity(name = "IdentityDocument")
@Table(name = "IDENTITY_DOCUMENT")
public class IdentityDocumentEntity implements IdentityDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "PERSON_ID", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 24)
    private DocumentKind kind;

    @Column(name = "DOCUMENT_NUMBER", nullable = false, length = 40)
    private String number;

    @Column(name = "ISSUING_COUNTRY", nullable = false, length = 2)
    private String issuingCountry;

    @Column(name = "EXPIRES_ON")
    private LocalDate expiresOn;

    protected IdentityDocumentEntity() {
    }

    public IdentityDocumentEntity(long personId, DocumentKind kind, String number, String issuingCountry,
            LocalDate expiresOn) {
        this.personId = personId;
        this.kind = kind;
        this.number = number.strip();
        this.issuingCountry = issuingCountry;
        this.expiresOn = expiresOn;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getPersonId() {
        return personId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public String getIssuingCountry() {
        return issuingCountry;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    /** Whether the document is still valid on {@code day} (documents without expiry date always are). */
    public boolean isValidOn(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }
}
