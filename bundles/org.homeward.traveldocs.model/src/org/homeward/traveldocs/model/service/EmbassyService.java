package org.homeward.traveldocs.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.time.LocalDate;
import java.util.List;

import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.ValidationException;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.Correspondence;
import org.homeward.traveldocs.model.Embassy;

/** The directory of embassies and consulates, and the correspondence with them. Call it off the UI thread. */
public interface EmbassyService {

    /** Every representation, the inactive ones too, by country then city. */
    @Requires(Permission.READ_CASE)
    List<Embassy> embassies();

    /** The active representations of {@code country}, the embassy first. */
    @Requires(Permission.READ_CASE)
    List<Embassy> of(String country);

    /** @throws ValidationException naming the bad fields; nothing saved */
    @Requires(Permission.EDIT_DIRECTORIES)
    Embassy add(String country, Embassy.Kind kind, String city, String languages) throws ValidationException;

    /**
     * @throws ValidationException naming the bad fields; nothing saved
     * @throws ConflictException someone changed it meanwhile; nothing saved
     */
    @Requires(Permission.EDIT_DIRECTORIES)
    Embassy update(long id, long expectedVersion, String city, String address, String phone, String email,
            String languages, String reception, boolean active) throws ValidationException, ConflictException;

    /**
     * Records a letter, e-mail, call or visit.
     *
     * @param requestId the request it is about, or null for general correspondence
     * @throws ValidationException naming the bad fields; nothing saved
     */
    @Requires(Permission.SHARE_WITH_EMBASSY)
    Correspondence record(long embassyId, Long requestId, Correspondence.Direction direction, Channel channel,
            LocalDate on, String summary, Long attachmentId) throws ValidationException;

    /**
     * Records a letter, e-mail, call or visit about a request with a file (a scanned letter, an
     * e-mail saved as PDF), kept with the case of the request's first person.
     *
     * @param file the file to attach, or null
     * @throws ValidationException naming the bad fields (the file too: unreadable, too large, not a
     *         PDF or an image, or given without a request); nothing saved
     * @throws RefusedException the case is closed; nothing saved
     */
    @Requires(Permission.SHARE_WITH_EMBASSY)
    Correspondence record(long embassyId, Long requestId, Correspondence.Direction direction, Channel channel,
            LocalDate on, String summary, java.nio.file.Path file)
            throws ValidationException, org.homeward.common.validation.RefusedException;

    /** The correspondence of a request (or, with null, of the embassy), newest first. */
    @Requires(Permission.READ_CASE)
    List<Correspondence> correspondence(long embassyId, Long requestId);
}
