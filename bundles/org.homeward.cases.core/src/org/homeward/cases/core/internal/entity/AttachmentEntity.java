package org.homeward.cases.core.internal.entity;

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
import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.GeneratedDocument;

/**
 * A document attached to a case (scan of a passport, signed consent form...): its description. The
 * content is kept apart ({@link AttachmentContent}) so that listing attachments reads no content.
 */
@Entity(name = "Attachment")
@Table(name = "ATTACHMENT")
public class AttachmentEntity implements Attachment {

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
    @Column(name = "KIND", nullable = false, length = 24)
    private AttachmentKind kind;

    @Column(name = "DOCUMENT_DATE", nullable = false)
    private LocalDate documentDate;

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    private String fileName;

    @Column(name = "MEDIA_TYPE", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "ADDED_AT", nullable = false)
    private Instant addedAt;

    @Column(name = "ADDED_BY", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "TITLE", length = 200)
    private String title;

    @Column(name = "DOCUMENT_TYPE", length = 64)
    private String documentType;

    @Column(name = "LANGUAGE_CODE", length = 8)
    private String language;

    @Column(name = "SOURCE_REF", length = 64)
    private String source;

    @Column(name = "REVISION")
    private Integer revision;

    @Column(name = "SENT_ON")
    private LocalDate sentOn;

    protected AttachmentEntity() {
    }

    public AttachmentEntity(long caseId, AttachmentKind kind, LocalDate documentDate, String fileName, String mediaType,
            long size, String sha256, Instant addedAt, String addedBy) {
        this.caseId = caseId;
        this.kind = kind;
        this.documentDate = documentDate;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
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

    public AttachmentKind getKind() {
        return kind;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }

    /** Marks this attachment as revision {@code revision} of a generated document. */
    public void generated(GeneratedDocument document, int revision) {
        this.title = document.title();
        this.documentType = document.type();
        this.language = document.language();
        this.source = document.source();
        this.revision = revision;
    }

    public String getTitle() {
        return title;
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getLanguage() {
        return language;
    }

    public String getSource() {
        return source;
    }

    public int getRevision() {
        return revision == null ? 0 : revision;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    /** Marks this revision as the one sent, on {@code on}. */
    public void sent(LocalDate on) {
        this.sentOn = on;
    }
}
