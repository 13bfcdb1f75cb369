package org.homeward.traveldocs.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.time.LocalDate;
import java.util.List;

import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.traveldocs.model.Departure;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.DocumentWarning;
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.RequestRow;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.TravelDocumentType;

/**
 * Travel-document requests to embassies. Sending a request shares the persons' data with the
 * embassy: the cases' consent must cover the embassy of origin, and the sharing is logged. Status
 * changes drive the case workflow through the case workflow service. Call it off the UI thread.
 */
public interface TravelDocService {

    String PERSONS = "persons";
    String DATE = "date";
    String REASON = "reason";
    String NUMBER = "documentNumber";
    String EXPIRY = "expiresOn";

    /**
     * Creates a draft request to an embassy for persons of its nationality (several only when the
     * country's procedure groups requests).
     *
     * @throws ValidationException no person, a person of another nationality, several persons where
     *         the procedure does not group, a person already in an open request; nothing saved
     */
    @Requires(Permission.SHARE_WITH_EMBASSY)
    TravelDocRequest create(long embassyId, List<Long> personIds, Channel channel) throws ValidationException;

    String THEIR_REFERENCE = "theirReference";
    String DOCUMENTS_SENT = "documentsSent";
    String SCAN = "scan";
    String DEPARTURE = "plannedDeparture";

    @Requires(Permission.READ_CASE)
    List<RequestMember> members(long requestId);

    /** One request with its embassy, persons, answer due and age, or empty when there is none. */
    @Requires(Permission.READ_CASE)
    java.util.Optional<RequestRow> request(long requestId, LocalDate today);

    /**
     * Edits what the office knows of a request: the channel, the embassy's reference, the documents
     * sent with it.
     *
     * @throws ValidationException a value too long; nothing saved
     * @throws ConflictException the request changed meanwhile; nothing saved
     */
    @Requires(Permission.SHARE_WITH_EMBASSY)
    TravelDocRequest updateDetails(long requestId, long expectedVersion, Channel channel, String theirReference,
            String documentsSent) throws ValidationException, ConflictException;

    /**
     * Attaches the scan of a person's issued document: it is kept with the person's case as a travel
     * document and linked to the request.
     *
     * @throws ValidationException the file (unreadable, too large, not a PDF or an image); nothing saved
     * @throws RefusedException no document recorded for the person yet, or the case is closed
     */
    @Requires(Permission.EDIT_CASE)
    RequestMember attachScan(long memberId, java.nio.file.Path file) throws ValidationException, RefusedException;

    /** Requests not closed (and those closed within 30 days), grouped by embassy then oldest first. */
    @Requires(Permission.READ_CASE)
    List<RequestRow> requests(LocalDate today);

    /** The requests (closed ones too) for persons of a case, oldest first. */
    @Requires(Permission.READ_CASE)
    List<RequestRow> requestsOf(long caseId, LocalDate today);

    /**
     * Moves a request. SENT needs the day it was sent, checks that the consent of each case covers
     * the embassy of origin, logs the sharing and moves approved cases to TRAVEL_DOCS_REQUESTED;
     * ISSUED needs every person's document recorded ({@link #recordIssued}); REFUSED and CANCELLED
     * need a reason.
     *
     * @throws ValidationException a missing date or reason; nothing saved
     * @throws RefusedException a move the request cannot make, a consent that does not cover the
     *         embassy, a case not approved yet; nothing saved
     * @throws ConflictException the request changed meanwhile; nothing saved
     */
    @Requires(Permission.SHARE_WITH_EMBASSY)
    TravelDocRequest changeStatus(long requestId, long expectedVersion, RequestStatus to, LocalDate on,
            String reason) throws ValidationException, RefusedException, ConflictException;

    /**
     * Records the document issued for one person of a sent request. Without an expiry date, the
     * procedure's validity gives it. Once every person has one, the request is ISSUED; a case whose
     * every person holds a valid document moves to TRAVEL_DOCS_OBTAINED.
     *
     * @throws ValidationException no number, no issue date, an issue date in the future, an expiry
     *         before the issue date; nothing saved
     * @throws RefusedException the request is not with the embassy (draft, refused, cancelled)
     */
    @Requires(Permission.EDIT_CASE)
    RequestMember recordIssued(long memberId, TravelDocumentType type, String number, LocalDate issuedOn,
            LocalDate expiresOn) throws ValidationException, RefusedException;

    /**
     * Sets (or clears, with null) the day to chase the embassy about a request.
     *
     * @throws ConflictException the request changed meanwhile; nothing saved
     */
    @Requires(Permission.EDIT_CASE)
    TravelDocRequest setFollowUp(long requestId, long expectedVersion, LocalDate on) throws ConflictException;

    /** Persons whose document is missing for a planned departure, or expires too early. */
    @Requires(Permission.READ_CASE)
    List<DocumentWarning> warnings(LocalDate today, int marginDays);

    /** A case's planned departure, with version 0 and no day when none is planned. */
    @Requires(Permission.READ_CASE)
    Departure plannedDeparture(long caseId);

    /**
     * Sets (or clears, with null) a case's planned departure, which documents are checked against.
     *
     * @param expectedVersion the version of the planned departure read before ({@link Departure#version()})
     * @throws ValidationException a day already past; nothing saved
     * @throws ConflictException the planned departure changed meanwhile; nothing saved
     */
    @Requires(Permission.EDIT_CASE)
    void planDeparture(long caseId, long expectedVersion, LocalDate departure)
            throws ValidationException, ConflictException;
}
