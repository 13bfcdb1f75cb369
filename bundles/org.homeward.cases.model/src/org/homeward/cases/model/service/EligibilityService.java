package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.Optional;

import org.homeward.cases.model.Eligibility;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/** The eligibility checklist and decision, taken by a programme officer. Call it off the UI thread. */
public interface EligibilityService {

    @Requires(Permission.READ_CASE)
    Optional<Eligibility> eligibility(long caseId);

    /**
     * Records the checklist and the decision.
     *
     * @param expectedVersion the version of the assessment the user saw, null for a first one
     * @throws RefusedException the current user is not a programme officer
     * @throws ValidationException a decision that the checklist does not support, or a missing reason
     * @throws ConflictException the assessment changed since {@code expectedVersion}
     */
    @Requires(Permission.DECIDE_ELIGIBILITY)
    Eligibility assess(long caseId, EligibilityCriteria criteria, EligibilityDecision decision, String reason,
            Long expectedVersion) throws RefusedException, ValidationException, ConflictException;

    /**
     * Why the current user may not record an assessment (in the workbench's language), so that a form
     * can say so before it is filled in; empty when they may. Touches no database.
     *
     * @since 2.1
     */
    @Requires(Permission.READ_CASE)
    default java.util.Optional<String> whyNotAllowed() {
        return java.util.Optional.empty();
    }
}
