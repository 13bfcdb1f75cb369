package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.CaseWorkflow;
import org.homeward.cases.core.internal.entity.ConsentEntity;
import org.homeward.cases.core.internal.entity.EligibilityEntity;
import org.homeward.cases.model.Consent;
import org.homeward.cases.model.Eligibility;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.Recipient;
import org.homeward.common.security.Role;
import org.junit.jupiter.api.Test;

/** The workflow graph and its guards, without a database. */
class CaseWorkflowTest {

    private static ConsentEntity consent(Set<Recipient> scopes) {
        ConsentEntity c = new ConsentEntity(1);
        c.setGivenOn(LocalDate.of(2026, 5, 2));
        c.setLanguage("fr");
        c.setScopes(scopes);
        return c;
    }

    private static EligibilityEntity eligibility(EligibilityDecision decision) {
        EligibilityEntity e = new EligibilityEntity(1);
        e.setCriteria(new EligibilityCriteria(true, true, true, true));
        e.setDecision(decision);
        return e;
    }

    private static List<String> unmet(CaseStatus from, CaseStatus to, Consent c, Eligibility e, Role role) {
        return WorkflowGuards.unmet(new WorkflowGuards.Facts(from, null, c, e, role), to);
    }

    @Test
    void everyStatusIsReachableFromRegistrationAndClosedEndsIt() {
        Set<CaseStatus> seen = EnumSet.of(CaseStatus.REGISTERED);
        Deque<CaseStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (CaseStatus next : CaseWorkflow.next(todo.pop(), null)) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        assertEquals(EnumSet.allOf(CaseStatus.class), seen);
        assertTrue(CaseWorkflow.next(CaseStatus.CLOSED, null).isEmpty());
    }

    @Test
    void suspendedCaseMayResumeOnlyWhereItStopped() {
        Set<CaseStatus> next = CaseWorkflow.next(CaseStatus.SUSPENDED, CaseStatus.TRAVEL_DOCS_REQUESTED);

        assertEquals(EnumSet.of(CaseStatus.TRAVEL_DOCS_REQUESTED, CaseStatus.WITHDRAWN, CaseStatus.CLOSED), next);
    }

    @Test
    void stepsCannotBeSkipped() {
        List<String> unmet = unmet(CaseStatus.REGISTERED, CaseStatus.APPROVED,
                consent(EnumSet.allOf(Recipient.class)), eligibility(EligibilityDecision.ELIGIBLE),
                Role.PROGRAMME_OFFICER);

        assertEquals(1, unmet.size());
        assertTrue(unmet.get(0).contains(Messages.Status_APPROVED), unmet.get(0));
    }

    @Test
    void approvalNeedsConsentEligibilityAndAProgrammeOfficer() {
        assertEquals(List.of(), unmet(CaseStatus.ELIGIBILITY_ASSESSED, CaseStatus.APPROVED,
                consent(EnumSet.noneOf(Recipient.class)), eligibility(EligibilityDecision.ELIGIBLE),
                Role.PROGRAMME_OFFICER));

        assertEquals(List.of(Messages.Workflow_needsConsent, Messages.Workflow_needsEligible,
                Messages.Workflow_needsProgrammeOfficer),
                unmet(CaseStatus.ELIGIBILITY_ASSESSED, CaseStatus.APPROVED,
                        null, eligibility(EligibilityDecision.NOT_ELIGIBLE), Role.OPERATIONS_ASSISTANT));
    }

    @Test
    void withdrawnConsentNoLongerCounts() {
        ConsentEntity withdrawn = consent(EnumSet.allOf(Recipient.class));
        withdrawn.setWithdrawnOn(LocalDate.of(2026, 6, 1));

        assertEquals(List.of(Messages.Workflow_needsConsent), unmet(CaseStatus.ELIGIBILITY_ASSESSED,
                CaseStatus.APPROVED, withdrawn, eligibility(EligibilityDecision.ELIGIBLE), Role.PROGRAMME_OFFICER));
        assertFalse(withdrawn.allows(Recipient.EMBASSY_OF_ORIGIN));
    }

    @Test
    void assessmentNeedsADecisionNotPending() {
        assertEquals(List.of(Messages.Workflow_needsDecision),
                unmet(CaseStatus.REGISTERED, CaseStatus.ELIGIBILITY_ASSESSED, null,
                        eligibility(EligibilityDecision.PENDING), Role.PROGRAMME_OFFICER));
        assertEquals(List.of(), unmet(CaseStatus.REGISTERED, CaseStatus.ELIGIBILITY_ASSESSED, null,
                eligibility(EligibilityDecision.NOT_ELIGIBLE), Role.OPERATIONS_ASSISTANT));
    }

    @Test
    void askingTheEmbassyNeedsTheEmbassyScope() {
        assertEquals(List.of(Messages.Workflow_needsEmbassyScope),
                unmet(CaseStatus.APPROVED, CaseStatus.TRAVEL_DOCS_REQUESTED,
                        consent(EnumSet.of(Recipient.MISSION_OF_ORIGIN)), null, Role.OPERATIONS_ASSISTANT));
        assertEquals(List.of(), unmet(CaseStatus.APPROVED, CaseStatus.TRAVEL_DOCS_REQUESTED,
                consent(EnumSet.of(Recipient.EMBASSY_OF_ORIGIN)), null, Role.OPERATIONS_ASSISTANT));
    }

    @Test
    void movesNeedingAReasonAreKnown() {
        assertEquals(EnumSet.of(CaseStatus.WITHDRAWN, CaseStatus.REJECTED, CaseStatus.SUSPENDED, CaseStatus.NO_SHOW),
                EnumSet.copyOf(java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::needsReason).toList()));
    }
}
