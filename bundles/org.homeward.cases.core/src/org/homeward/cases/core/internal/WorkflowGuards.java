package org.homeward.cases.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.Consent;
import org.homeward.cases.model.Eligibility;
import org.homeward.cases.model.CaseWorkflow;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.Recipient;
import org.homeward.common.security.Permission;
import org.homeward.common.security.Permissions;
import org.homeward.common.security.Role;

/** The conditions on a case's data for each move of the workflow; every unmet one is named. */
final class WorkflowGuards {

    /** What the conditions look at. ConsentEntity and eligibility are null when not recorded. */
    record Facts(CaseStatus current, CaseStatus suspendedFrom, Consent consent, Eligibility eligibility,
            Role role) {
    }

    private WorkflowGuards() {
    }

    /** Why {@code target} cannot be reached now (reason aside); empty when it can. */
    static List<String> unmet(Facts facts, CaseStatus target) {
        List<String> unmet = new ArrayList<>();
        if (!CaseWorkflow.next(facts.current(), facts.suspendedFrom()).contains(target)) {
            unmet.add(NLS.bind(Messages.Workflow_notAllowed, Labels.status(facts.current()), Labels.status(target)));
            return unmet;
        }
        boolean resuming = facts.current() == CaseStatus.SUSPENDED;
        switch (target) {
            case ELIGIBILITY_ASSESSED -> {
                if (facts.eligibility() == null || facts.eligibility().getDecision() == EligibilityDecision.PENDING) {
                    unmet.add(Messages.Workflow_needsDecision);
                }
            }
            case APPROVED -> {
                if (!hasConsent(facts)) {
                    unmet.add(Messages.Workflow_needsConsent);
                }
                if (facts.eligibility() == null || facts.eligibility().getDecision() != EligibilityDecision.ELIGIBLE) {
                    unmet.add(Messages.Workflow_needsEligible);
                }
                if (!resuming && !Permissions.granted(facts.role(), Permission.APPROVE)) {
                    unmet.add(Messages.Workflow_needsProgrammeOfficer);
                }
            }
            case TRAVEL_DOCS_REQUESTED -> {
                if (!hasConsent(facts)) {
                    unmet.add(Messages.Workflow_needsConsent);
                } else if (!facts.consent().allows(Recipient.EMBASSY_OF_ORIGIN)) {
                    unmet.add(Messages.Workflow_needsEmbassyScope);
                }
            }
            default -> {
                // the other moves depend on records of later capabilities (documents, bookings), which check
                // them before asking for the move
            }
        }
        return unmet;
    }

    private static boolean hasConsent(Facts facts) {
        return facts.consent() != null && facts.consent().getWithdrawnOn() == null;
    }
}
