package org.homeward.cases.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document attached to a case (scan of a passport, signed consent form...): its description. The
 * content is kept apart ({@link AttachmentContent}) so that listing attachments reads no content.
 */
public interface Attachment {

    String KIND = "kind";

    String DATE = "documentDate";

    String FILE = "file";

    Long getId();

    long getVersion();

    long getCaseId();

    AttachmentKind getKind();

    LocalDate getDocumentDate();

    String getFileName();

    String getMediaType();

    long getSize();

    String getSha256();

    Instant getAddedAt();

    String getAddedBy();

    /** @since 2.1 for a generated document, what it is (see {@link GeneratedDocument}); null for a scan */
    String getTitle();

    /** @since 2.1 for a generated document, its generator's type code; null for a scan */
    String getDocumentType();

    /** @since 2.1 for a generated document, its language (ISO 639-1); null for a scan */
    String getLanguage();

    /** @since 2.1 for a generated document, the record it was made for; null for a scan */
    String getSource();

    /** @since 2.1 for a generated document, 1 for the first, 2 when generated again...; 0 for a scan */
    int getRevision();

    /** @since 2.1 for a generated document, the day this revision was sent; null otherwise */
    LocalDate getSentOn();
}
