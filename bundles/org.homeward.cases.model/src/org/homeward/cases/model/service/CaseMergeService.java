package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import org.homeward.cases.model.MigrantCase;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;

/**
 * Merges a case registered twice into the one to keep (administrators only). The persons and what
 * was recorded for them move to the kept case; the merged case is closed with its history intact,
 * pointing to the kept one. Call it off the UI thread.
 */
public interface CaseMergeService {

    /**
     * @param keepVersion the kept case's version as the user saw it
     * @param mergedVersion the merged case's version as the user saw it
     * @param reason why the two are one, required
     * @return the kept case
     * @throws RefusedException not an administrator, the same case twice, a closed case, or no reason
     * @throws ConflictException either case changed since the user read it (on another workstation, say);
     *         nothing was merged
     */
    @Requires(Permission.MERGE)
    MigrantCase merge(long keepCaseId, long keepVersion, long mergedCaseId, long mergedVersion, String reason)
            throws RefusedException, ConflictException;

    /**
     * Why the current user may not merge cases (in the workbench's language), so that the screen can
     * say so before the user starts; empty when they may. Touches no database.
     *
     * @since 2.1
     */
    @Requires(Permission.READ_CASE)
    default java.util.Optional<String> whyNotAllowed() {
        return java.util.Optional.empty();
    }
}
