package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.time.LocalDate;
import java.util.List;

import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/**
 * Documents attached to a case: scans of passports and identity documents, signed consent forms,
 * medical certificates. Only PDF and images (JPEG, PNG, TIFF) up to {@link #maxBytes()} are taken,
 * judged on their content, not on the file name. Call it off the UI thread.
 */
public interface AttachmentService {

    /** Field names of {@link ValidationException} problems. */
    String FILE = "file";

    /** The largest attachment accepted, in bytes. */
    @Requires(Permission.READ_CASE)
    long maxBytes();

    /** The case's attachments, newest first, without their content. */
    @Requires(Permission.READ_CASE)
    List<Attachment> attachments(long caseId);

    /**
     * Attaches a document to a case.
     *
     * @throws ValidationException naming the bad field (kind, date, or the file: empty, too large, not
     *         a PDF or an image); nothing saved
     * @throws RefusedException the case is closed
     */
    @Requires(Permission.EDIT_CASE)
    Attachment attach(long caseId, AttachmentKind kind, LocalDate documentDate, String fileName, byte[] content)
            throws ValidationException, RefusedException;

    /**
     * Attaches a file, checking its size before reading it.
     *
     * @throws ValidationException as for content, or when the file cannot be read; nothing saved
     * @throws RefusedException the case is closed
     */
    @Requires(Permission.EDIT_CASE)
    Attachment attach(long caseId, AttachmentKind kind, LocalDate documentDate, java.nio.file.Path file)
            throws ValidationException, RefusedException;

    /**
     * One attachment, without its content (its file name and media type), or empty when there is none.
     *
     * @since 1.2
     */
    @Requires(Permission.READ_CASE)
    java.util.Optional<Attachment> find(long attachmentId);

    /**
     * Keeps a document Homeward generated in the case file, as the next revision of the same document
     * (same type, record, language and file type): the earlier revisions stay. Joins the caller's
     * transaction, so that the document is kept with what its generation recorded, or not at all.
     *
     * @param by the user who generated it (the generating service's user)
     *
     * @throws RefusedException the case is closed
     * @since 2.1
     */
    @Requires(Permission.EDIT_CASE)
    Attachment keepGenerated(long caseId, org.homeward.cases.model.GeneratedDocument document, byte[] content,
            String by) throws RefusedException;

    /**
     * Records that the last revision of a generated document (each file type of it) was sent on
     * {@code on}; earlier revisions stay drafts. Joins the caller's transaction; audited. Nothing to
     * mark when no such document was generated.
     *
     * @param by the user who sent it
     * @since 2.1
     */
    @Requires(Permission.EDIT_CASE)
    void markSent(long caseId, String documentType, String source, java.time.LocalDate on, String by);

    /** The content of an attachment. */
    @Requires(Permission.READ_CASE)
    byte[] content(long attachmentId);

    /**
     * Removes an attachment added by mistake (the removal is kept in the audit trail); nothing when it is
     * gone already.
     *
     * @param expectedVersion the attachment's version as the user saw it
     * @throws org.homeward.common.validation.ConflictException it changed meanwhile (moved by a merge, marked
     *         sent); nothing was removed
     */
    @Requires(Permission.EDIT_CASE)
    void remove(long attachmentId, long expectedVersion) throws org.homeward.common.validation.ConflictException;
}
