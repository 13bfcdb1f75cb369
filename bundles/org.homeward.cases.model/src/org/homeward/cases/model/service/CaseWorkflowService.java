package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;
import java.util.Map;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.StatusChange;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;

/**
 * The one way a case changes status, for every capability (intake, travel documents, departures,
 * follow-up). Conditions are enforced here, not in the screens; every change is kept with who,
 * when and why, in the case's history and its audit trail. Call it off the UI thread.
 */
public interface CaseWorkflowService {

    /**
     * The statuses the workflow allows next for the case, each with what still prevents it (empty
     * when it can be done now by the current user; a reason may still be required).
     */
    @Requires(Permission.READ_CASE)
    Map<CaseStatus, List<String>> options(long caseId);

    /**
     * Moves the case to {@code target}. Posts {@link CaseEvents#TOPIC_STATUS_CHANGED} once committed.
     *
     * @param expectedVersion the version of the case the user saw, so that a concurrent change is not
     *            overwritten
     * @param reason why; required for withdrawn, rejected, suspended and no-show
     * @throws RefusedException listing every unmet condition; nothing changed
     * @throws ConflictException the case changed since {@code expectedVersion}; nothing changed
     */
    @Requires(Permission.EDIT_CASE)
    MigrantCase transition(long caseId, long expectedVersion, CaseStatus target, String reason)
            throws RefusedException, ConflictException;

    /** The case's moves, oldest first. */
    @Requires(Permission.READ_CASE)
    List<StatusChange> history(long caseId);
}
