package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homeward.cases.model.Consent;
import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.SharingRecord;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/**
 * Informed consent and its scopes. Any capability that shares a migrant's data calls
 * {@link #requireAllowed(long, Recipient)} first. Call it off the UI thread.
 */
public interface ConsentService {

    /**
     * What the consent form records.
     *
     * @param givenOn the day consent was given
     * @param language ISO 639 code of the language it was explained in
     * @param scopes the recipients consented to
     * @param expectedVersion the version of the consent the user saw, null for a first consent
     */
    record ConsentInput(LocalDate givenOn, String language, Set<Recipient> scopes, Set<ConsentDetail> details,
            Long expectedVersion) {

        /** Consent without sensitive details for the mission of origin. */
        public ConsentInput(LocalDate givenOn, String language, Set<Recipient> scopes, Long expectedVersion) {
            this(givenOn, language, scopes, Set.of(), expectedVersion);
        }
    }

    @Requires(Permission.READ_CASE)
    Optional<Consent> consent(long caseId);

    /**
     * Records the case's consent for every current member of the household, or corrects the consent in
     * force (and covers members added since). After a withdrawal it records a new consent: the withdrawn
     * one stays in {@link #history(long)}.
     *
     * @throws ValidationException naming every bad field; nothing saved
     * @throws ConflictException the consent changed since {@code expectedVersion}; nothing saved
     */
    @Requires(Permission.EDIT_CASE)
    Consent record(long caseId, ConsentInput input) throws ValidationException, ConflictException;

    /** Records that consent was withdrawn on {@code on}: from then on no data may be shared. */
    @Requires(Permission.EDIT_CASE)
    Consent withdraw(long caseId, LocalDate on) throws ValidationException;

    /**
     * Whether the case's data may go to {@code recipient} now: every member of the household is covered
     * by a consent of their own (the last one recorded for them, in this case or, for a person brought in
     * by a merge, in their former case) that is in force and names {@code recipient}.
     */
    @Requires(Permission.READ_CASE)
    boolean allows(long caseId, Recipient recipient);

    /** @throws RefusedException when the case's data may not go to {@code recipient}, saying why (and who) */
    @Requires(Permission.READ_CASE)
    void requireAllowed(long caseId, Recipient recipient) throws RefusedException;

    /**
     * Every consent recorded for the case, the one in force (or last withdrawn) first.
     *
     * @since 2.5
     */
    @Requires(Permission.READ_CASE)
    List<Consent> history(long caseId);

    /**
     * The members of the household that no consent in force covers (never asked, added since, or brought
     * in by a merge without a consent of their own), by name.
     *
     * @since 2.5
     */
    @Requires(Permission.READ_CASE)
    List<String> uncovered(long caseId);

    /**
     * Shares a person's data (or the case's, with no person): checks the consent covers
     * {@code recipient}, then writes the sharing log, in the transaction running on the calling
     * thread, so that what is shared and its log commit together.
     *
     * @param recipientName who received it, as the log names them
     * @param purpose why, as the log says
     * @param by the user sharing it
     * @throws RefusedException the consent does not cover {@code recipient}; nothing logged
     * @since 2.0
     */
    @Requires(Permission.SHARE_WITH_EMBASSY)
    default void share(long caseId, Long personId, Recipient recipient, String recipientName, String purpose,
            String by, Instant at) throws RefusedException {
        share(caseId, personId, recipient, recipientName, purpose, null, by, at);
    }

    /**
     * Shares named fields of a person's data, as {@link #share(long, Long, Recipient, String, String, String, Instant)},
     * the log keeping which fields went.
     *
     * @param fields which data, as the user reads them ("name, date of birth, flights")
     * @since 2.2
     */
    @Requires(Permission.SHARE_WITH_EMBASSY)
    void share(long caseId, Long personId, Recipient recipient, String recipientName, String purpose, String fields,
            String by, Instant at) throws RefusedException;

    /** The sharing log of a case, oldest first. */
    @Requires(Permission.READ_CASE)
    List<SharingRecord> sharings(long caseId);
}
