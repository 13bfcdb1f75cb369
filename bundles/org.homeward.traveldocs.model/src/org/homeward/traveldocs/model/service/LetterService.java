package org.homeward.traveldocs.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.nio.file.Path;

import org.homeward.common.validation.RefusedException;

/**
 * Request letters to embassies, from templates: a PDF to send and an editable document (ODT), in
 * the embassy's language of correspondence (French, Arabic right to left, or English). Generating
 * a letter puts the persons' data in it: the consent of each case must cover the embassy of origin,
 * and the sharing is logged. Call it off the UI thread.
 */
public interface LetterService {

    /**
     * The type of request letters in the case file ({@code Attachment.getDocumentType()}); their
     * source is the request's reference.
     *
     * @since 2.1
     */
    String DOCUMENT_TYPE = "traveldocs.request-letter";

    /**
     * The files of a generated letter.
     *
     * @param language ISO 639-1 code of the letter's language
     */
    record Letter(Path pdf, Path odt, String language) {
    }

    /**
     * Writes the request letter of a request into {@code folder}, and keeps it (PDF and ODT) in the
     * file of each case it names, as the next revision of the request's letter.
     *
     * @throws RefusedException a case's consent does not cover the embassy of origin; nothing written
     *         or logged
     */
    @Requires(Permission.SHARE_WITH_EMBASSY)
    Letter requestLetter(long requestId, Path folder) throws RefusedException;
}
