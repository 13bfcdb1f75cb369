package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.StatusChange;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/** The case workflow service on the real database: guards enforced in the service, history, audit, conflicts. */
class CaseWorkflowServiceTest {

    private static EntityManagerFactory emf;

    private MigrantCase registered;
    private final CaseWorkflowServiceImpl asAssistant = new CaseWorkflowServiceImpl(emf, TestUser.ASSISTANT,
            java.time.Clock.systemUTC());
    private final CaseWorkflowServiceImpl asProgrammeOfficer = new CaseWorkflowServiceImpl(emf,
            TestUser.PROGRAMME_OFFICER, java.time.Clock.systemUTC());

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    @BeforeEach
    void register() throws Exception {
        registered = TestDatabase.newCase(emf);
    }

    private void consent(Recipient... scopes) throws Exception {
        EnumSet<Recipient> set = EnumSet.noneOf(Recipient.class);
        set.addAll(List.of(scopes));
        new ConsentServiceImpl(emf, TestUser.ASSISTANT, java.time.Clock.systemDefaultZone()).record(registered.getId(),
                new ConsentInput(LocalDate.now().minusDays(1), "fr", set, null));
    }

    private void decide(EligibilityDecision decision) throws Exception {
        new EligibilityServiceImpl(emf, TestUser.PROGRAMME_OFFICER, java.time.Clock.systemUTC()).assess(
                registered.getId(),
                decision == EligibilityDecision.ELIGIBLE
                        ? new EligibilityCriteria(true, true, true, true)
                        : new EligibilityCriteria(true, true, false, false),
                decision,
                decision == EligibilityDecision.NOT_ELIGIBLE ? "déjà assisté en 2019" : null, null);
    }

    private MigrantCase move(CaseWorkflowServiceImpl as, MigrantCase c, CaseStatus to, String reason)
            throws Exception {
        return as.transition(c.getId(), c.getVersion(), to, reason);
    }

    @Test
    void fromRegistrationToTravelDocumentsEveryMoveIsKeptWithWhoAndWhen() throws Exception {
        consent(Recipient.EMBASSY_OF_ORIGIN, Recipient.MISSION_OF_ORIGIN);
        decide(EligibilityDecision.ELIGIBLE);

        MigrantCase c = move(asAssistant, registered, CaseStatus.ELIGIBILITY_ASSESSED, null);
        c = move(asProgrammeOfficer, c, CaseStatus.APPROVED, null);
        c = move(asAssistant, c, CaseStatus.TRAVEL_DOCS_REQUESTED, null);

        assertEquals(CaseStatus.TRAVEL_DOCS_REQUESTED, c.getStatus());
        List<StatusChange> history = asAssistant.history(c.getId());
        assertEquals(List.of(CaseStatus.REGISTERED, CaseStatus.ELIGIBILITY_ASSESSED, CaseStatus.APPROVED,
                CaseStatus.TRAVEL_DOCS_REQUESTED), history.stream().map(StatusChange::getToStatus).toList());
        assertEquals("karim.programme", history.get(2).getChangedBy());
        assertEquals(CaseStatus.ELIGIBILITY_ASSESSED, history.get(2).getFromStatus());
        List<AuditEntry> statusRows = new CaseServiceImpl(emf, java.time.Clock.systemUTC(), null, TestUser.ASSISTANT)
                .auditTrail(c.getId()).stream().filter(a -> a.getAction() == AuditEntry.Action.STATUS).toList();
        assertEquals(4, statusRows.size());
        assertEquals("APPROVED", statusRows.get(2).getNewValue());
    }

    @Test
    void approvalWithoutConsentIsRefusedByTheServiceAndNothingChanges() throws Exception {
        MigrantCase c = registered;
        decide(EligibilityDecision.NOT_ELIGIBLE);
        c = move(asAssistant, c, CaseStatus.ELIGIBILITY_ASSESSED, null);
        MigrantCase assessed = c;

        RefusedException e = assertThrows(RefusedException.class,
                () -> move(asProgrammeOfficer, assessed, CaseStatus.APPROVED, null));

        assertEquals(List.of(Messages.Workflow_needsConsent, Messages.Workflow_needsEligible), e.reasons());
        assertEquals(CaseStatus.ELIGIBILITY_ASSESSED, asAssistant.history(c.getId()).getLast().getToStatus());
        Map<CaseStatus, List<String>> options = asProgrammeOfficer.options(c.getId());
        assertEquals(e.reasons(), options.get(CaseStatus.APPROVED));
        assertEquals(List.of(), options.get(CaseStatus.REJECTED));
    }

    @Test
    void onlyAProgrammeOfficerApproves() throws Exception {
        consent(Recipient.EMBASSY_OF_ORIGIN);
        decide(EligibilityDecision.ELIGIBLE);
        MigrantCase assessed = move(asAssistant, registered, CaseStatus.ELIGIBILITY_ASSESSED, null);

        RefusedException e = assertThrows(RefusedException.class,
                () -> move(asAssistant, assessed, CaseStatus.APPROVED, null));
        assertEquals(List.of(Messages.Workflow_needsProgrammeOfficer), e.reasons());
    }

    @Test
    void withdrawalNeedsAReasonAndKeepsIt() throws Exception {
        RefusedException e = assertThrows(RefusedException.class,
                () -> move(asAssistant, registered, CaseStatus.WITHDRAWN, "  "));
        assertTrue(e.reasons().get(0).contains(Messages.Status_WITHDRAWN), e.reasons().toString());

        move(asAssistant, registered, CaseStatus.WITHDRAWN, "souhaite rester au Maroc");

        StatusChange last = asAssistant.history(registered.getId()).getLast();
        assertEquals(CaseStatus.WITHDRAWN, last.getToStatus());
        assertEquals("souhaite rester au Maroc", last.getReason());
    }

    @Test
    void moveFromAStaleVersionIsAConflictNotAnOverwrite() throws Exception {
        move(asAssistant, registered, CaseStatus.SUSPENDED, "hospitalisation");

        ConflictException e = assertThrows(ConflictException.class,
                () -> move(asAssistant, registered, CaseStatus.WITHDRAWN, "ne répond plus"));

        assertTrue(e.getMessage().contains(registered.getCaseNumber()), e.getMessage());
        assertTrue(e.getMessage().contains("awa.assistant"), e.getMessage());
        assertEquals(CaseStatus.SUSPENDED, asAssistant.history(registered.getId()).getLast().getToStatus());
    }

    @Test
    void suspendedCaseResumesWhereItStopped() throws Exception {
        MigrantCase suspended = move(asAssistant, registered, CaseStatus.SUSPENDED, "certificat médical attendu");

        assertTrue(asAssistant.options(suspended.getId()).containsKey(CaseStatus.REGISTERED));
        MigrantCase resumed = move(asAssistant, suspended, CaseStatus.REGISTERED, null);
        assertEquals(CaseStatus.REGISTERED, resumed.getStatus());
    }
}
