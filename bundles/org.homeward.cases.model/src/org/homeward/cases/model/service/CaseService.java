package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;
import java.util.Optional;

import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.DueAction;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.NextAction;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;

/**
 * Registers and reads cases. Available as an OSGi service once the database is open; every call
 * touches the database, so call it off the UI thread.
 */
public interface CaseService {

    /** Every problem with {@code draft}, without touching the database; empty when it can be saved. */
    @Requires(Permission.READ_CASE)
    List<FieldProblem> validate(NewCase draft);

    /**
     * Validates and saves a new case, assigning the next case number of the office (for example
     * {@code RBA-2026-00001}). Posts {@link CaseEvents#TOPIC_REGISTERED} once committed.
     *
     * @throws ValidationException listing every bad field; nothing is saved
     */
    @Requires(Permission.EDIT_CASE)
    MigrantCase register(NewCase draft) throws ValidationException;

    @Requires(Permission.READ_CASE)
    Optional<MigrantCase> find(long id);

    /**
     * The case, for a user opening its file: the opening is audited (who, when; no value copied) in its
     * own transaction, so that the trail says who saw whose data.
     *
     * @since 2.5
     */
    @Requires(Permission.READ_CASE)
    Optional<MigrantCase> open(long id);

    /** The cases at one of {@code statuses}, by id, in one read. */
    @Requires(Permission.READ_CASE)
    List<MigrantCase> withStatus(java.util.Set<org.homeward.cases.model.CaseStatus> statuses);

    /** The cases among {@code ids} that exist, in one read. */
    @Requires(Permission.READ_CASE)
    List<MigrantCase> findAll(java.util.Collection<Long> ids);

    /** The audit trail of the case and of everything recorded for it, oldest first. */
    @Requires(Permission.READ_CASE)
    List<AuditEntry> auditTrail(long caseId);

    /** How many cases the filter keeps. */
    @Requires(Permission.READ_CASE)
    long count(CaseFilter filter);

    /** One page of the filtered list, newest first. */
    @Requires(Permission.READ_CASE)
    List<CaseRow> page(CaseFilter filter, int first, int max);

    /**
     * Sets (or, with null, clears) the case's next action. When {@code next.by()} is blank, the
     * current user is to do it.
     *
     * @param expectedVersion the version of the case the user edited
     * @throws ValidationException the action or its due date is missing; nothing saved
     * @throws ConflictException the case changed meanwhile; nothing saved
     */
    @Requires(Permission.EDIT_CASE)
    MigrantCase setNextAction(long caseId, long expectedVersion, NextAction next)
            throws ValidationException, ConflictException;

    /**
     * Runs {@code work} (calls to any area's services) in one transaction and tells the case's version
     * before and after it, so that an editor knows which versions of the case it made itself.
     *
     * @since 2.1
     */
    @Requires(Permission.EDIT_CASE)
    VersionStep tracked(long caseId, Work work)
            throws ValidationException, org.homeward.common.validation.RefusedException, ConflictException;

    /** A save of the case's editor. */
    @FunctionalInterface
    interface Work {

        void run() throws ValidationException, org.homeward.common.validation.RefusedException, ConflictException;
    }

    /**
     * The case's version before and after a piece of work: {@code after == before + 1} when the work
     * changed the case once, and nobody else could have changed it in between (the work's write checked
     * {@code before}).
     */
    record VersionStep(long before, long after) {
    }

    /** Open cases whose next action falls to {@code user} and is due on or before {@code until}, oldest first. */
    @Requires(Permission.READ_CASE)
    List<DueAction> dueActions(String user, java.time.LocalDate until, int max);
}
