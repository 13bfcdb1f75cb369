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
}
