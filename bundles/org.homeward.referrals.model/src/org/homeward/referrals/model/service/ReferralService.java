package org.homeward.referrals.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.time.LocalDate;
import java.util.List;

import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.referrals.model.FollowUp;
import org.homeward.referrals.model.FollowUpNote;
import org.homeward.referrals.model.Organisation;
import org.homeward.referrals.model.Referral;
import org.homeward.referrals.model.ReferralStatus;

/**
 * Psychosocial follow-up with partner organisations: their directory, referrals, notes, and what is
 * due. Referring shares a person's data with an organisation: consent is checked first and the
 * sharing is logged. Call it off the UI thread.
 */
public interface ReferralService {

    /** Active organisations, by name. */
    @Requires(Permission.READ_CASE)
    List<Organisation> organisations();

    /** Every organisation, the inactive ones too, by name: the directory to edit. */
    @Requires(Permission.READ_CASE)
    List<Organisation> allOrganisations();

    /**
     * Edits an organisation of the directory; deactivating it keeps its past referrals.
     *
     * @throws ValidationException naming every bad field; nothing saved
     * @throws org.homeward.common.validation.ConflictException someone changed it meanwhile; nothing saved
     */
    @Requires(Permission.EDIT_DIRECTORIES)
    Organisation updateOrganisation(long id, long expectedVersion, String name, String city, String services,
            String contacts, boolean active)
            throws ValidationException, org.homeward.common.validation.ConflictException;

    /** @throws ValidationException naming every bad field; nothing saved */
    @Requires(Permission.EDIT_DIRECTORIES)
    Organisation addOrganisation(String name, String city, String services, String contacts)
            throws ValidationException;

    /**
     * Refers a person of a case to an organisation.
     *
     * @param nextFollowUp when to follow up first, optional
     * @throws ValidationException naming every bad field; nothing saved
     * @throws RefusedException the case's consent does not cover partner organisations; nothing shared
     */
    @Requires(Permission.EDIT_CASE)
    Referral refer(long caseId, long personId, long organisationId, LocalDate referredOn, String reason,
            LocalDate nextFollowUp) throws ValidationException, RefusedException;

    @Requires(Permission.READ_CASE)
    List<Referral> referrals(long caseId);

    /**
     * Moves a referral to {@code status}.
     *
     * @throws RefusedException the move is not allowed from the present status
     * @throws ConflictException the referral changed since {@code expectedVersion}
     */
    @Requires(Permission.EDIT_CASE)
    Referral changeStatus(long referralId, long expectedVersion, ReferralStatus status)
            throws RefusedException, ConflictException;

    /**
     * Records a follow-up in one transaction: a note and the next follow-up date (or none), and the
     * outcome when there is one (a move to one of the statuses that may follow, which closes the
     * follow-up when it is completed or declined).
     *
     * @param note may be blank when only the outcome is recorded
     * @param outcome null to leave the status as it is
     * @throws ValidationException neither a note nor an outcome, or a note too long
     * @throws RefusedException the outcome cannot follow the referral's status
     * @throws org.homeward.common.validation.ConflictException someone changed the referral meanwhile
     * @since 2.1
     */
    @Requires(Permission.EDIT_CASE)
    Referral recordFollowUp(long referralId, long expectedVersion, String note, LocalDate nextFollowUp,
            org.homeward.referrals.model.ReferralStatus outcome)
            throws ValidationException, RefusedException, org.homeward.common.validation.ConflictException;

    /**
     * Adds a note and sets (or clears, with null) the next follow-up date.
     *
     * @param expectedVersion the referral's version as the user saw it
     * @throws org.homeward.common.validation.ConflictException someone changed the referral meanwhile; nothing
     *         was saved
     */
    @Requires(Permission.EDIT_CASE)
    FollowUpNote addNote(long referralId, long expectedVersion, String note, LocalDate nextFollowUp)
            throws ValidationException, org.homeward.common.validation.ConflictException;

    @Requires(Permission.READ_CASE)
    List<FollowUpNote> notes(long referralId);

    /** Open referrals whose follow-up is due by {@code until}, the most overdue first. */
    @Requires(Permission.READ_CASE)
    List<FollowUp> dueBy(LocalDate until, LocalDate today);
}
