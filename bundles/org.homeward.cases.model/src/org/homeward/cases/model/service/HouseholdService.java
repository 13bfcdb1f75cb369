package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;

import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.IdentityDocument;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDetails;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/** The persons of a case's household. Call it off the UI thread. */
public interface HouseholdService {

    /** Every problem with {@code draft}, without touching the database; empty when it can be added. */
    @Requires(Permission.READ_CASE)
    List<FieldProblem> validate(PersonDraft draft);

    /** The principal applicant first, then the members in the order they were added. */
    @Requires(Permission.READ_CASE)
    List<Person> members(long caseId);

    /** A person, by id. */
    @Requires(Permission.READ_CASE)
    java.util.Optional<Person> person(long personId);

    /** The persons of each of {@code caseIds} (those with persons), principal first, in one read. */
    @Requires(Permission.READ_CASE)
    java.util.Map<Long, List<Person>> membersOf(java.util.Collection<Long> caseIds);

    /**
     * Adds a member to the household of a case.
     *
     * @throws ValidationException naming every bad field; nothing saved
     * @throws RefusedException the case is closed, or a second principal applicant was asked for
     */
    @Requires(Permission.EDIT_CASE)
    Person addMember(long caseId, PersonDraft draft, Relationship relationship)
            throws ValidationException, RefusedException;

    /** Every problem with {@code details}, without touching the database. */
    @Requires(Permission.READ_CASE)
    List<FieldProblem> validate(PersonDetails details);

    /**
     * Records the other details of a person (place of birth, languages, phone, residence, entry,
     * "no identity document").
     *
     * @param expectedVersion the version of the person the user edited
     * @throws ValidationException naming every bad field; nothing saved
     * @throws ConflictException someone changed the person meanwhile; nothing saved
     */
    @Requires(Permission.EDIT_CASE)
    Person updateDetails(long personId, long expectedVersion, PersonDetails details)
            throws ValidationException, ConflictException;

    /** The identity documents of a person, in the order they were recorded. */
    @Requires(Permission.READ_CASE)
    List<IdentityDocument> documents(long personId);

    /**
     * Records an identity document a person holds; it clears a "no identity document" answer.
     *
     * @param number the document's number
     * @param issuingCountry ISO 3166-1 alpha-2 code
     * @param expiresOn null when the document does not expire
     * @throws ValidationException naming every bad field; nothing saved
     */
    @Requires(Permission.EDIT_CASE)
    IdentityDocument addDocument(long personId, DocumentKind kind, String number, String issuingCountry,
            java.time.LocalDate expiresOn) throws ValidationException;

    /**
     * Removes a document recorded by mistake (the removal is kept in the audit trail); nothing when it is
     * gone already.
     *
     * @param expectedVersion the document's version as the user saw it
     * @throws ConflictException it changed meanwhile; nothing was removed
     */
    @Requires(Permission.EDIT_CASE)
    void removeDocument(long documentId, long expectedVersion) throws ConflictException;

    /**
     * Corrects a person's identity (names, sex, date of birth, nationality) typed wrong: each change
     * audited; for the principal applicant, the case's names follow. Run the duplicate check on the
     * corrected identity first, as for a new member.
     *
     * @param expectedVersion the version of the person the user corrected
     * @throws ValidationException naming every bad field; nothing saved
     * @throws ConflictException someone changed the person meanwhile; nothing saved
     * @throws RefusedException the case is closed
     * @since 2.1
     */
    @Requires(Permission.EDIT_CASE)
    Person correctIdentity(long personId, long expectedVersion, PersonDraft corrected)
            throws ValidationException, ConflictException, RefusedException;

    /**
     * Removes a member added by mistake, with their identity documents and vulnerability flags; the
     * removal and its reason are audited. The principal applicant cannot be removed (make another
     * member principal first), nor a person other areas' records still name (the refusal says which).
     *
     * @throws ValidationException the reason is missing
     * @throws RefusedException the principal applicant, a closed case, or records naming the person
     * @throws ConflictException someone changed the person meanwhile
     * @since 2.1
     */
    @Requires(Permission.EDIT_CASE)
    void removeMember(long personId, long expectedVersion, String reason)
            throws ValidationException, RefusedException, ConflictException;

    /**
     * Makes a member the principal applicant of their case; the former principal takes
     * {@code formerPrincipal} as relationship, and the case's names become the new principal's.
     *
     * @throws ValidationException no relationship given for the former principal, or PRINCIPAL
     * @throws RefusedException the case is closed
     * @since 2.1
     */
    @Requires(Permission.EDIT_CASE)
    void makePrincipal(long personId, Relationship formerPrincipal) throws ValidationException, RefusedException;
}
