package org.homeward.cases.core.internal;

import org.homeward.common.security.Permission;
import org.homeward.common.security.PermissionDeniedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/** Eligibility: decided by a programme officer, consistent with the checklist, audited. */
class EligibilityServiceTest {

    private static final EligibilityCriteria ALL_MET = new EligibilityCriteria(true, true, true, true);
    private static EntityManagerFactory emf;

    private MigrantCase c;
    private EligibilityServiceImpl asOfficer;

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    @BeforeEach
    void register() throws Exception {
        c = TestDatabase.newCase(emf);
        asOfficer = new EligibilityServiceImpl(emf, TestUser.PROGRAMME_OFFICER, Clock.systemUTC());
    }

    private void consent() throws Exception {
        new ConsentServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone()).record(c.getId(),
                new ConsentInput(LocalDate.now(), "fr", EnumSet.of(Recipient.EMBASSY_OF_ORIGIN), null));
    }

    @Test
    void anAssistantCannotDecide() {
        EligibilityServiceImpl asAssistant = new EligibilityServiceImpl(emf, TestUser.ASSISTANT, Clock.systemUTC());

        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> asAssistant.assess(c.getId(), ALL_MET, EligibilityDecision.ELIGIBLE, null, null));
        assertEquals(Permission.DECIDE_ELIGIBILITY, e.permission());
        assertEquals(java.util.Optional.of(Messages.Eligibility_onlyProgrammeOfficer), asAssistant.whyNotAllowed(),
                "the form says why before anything is filled in");
        assertTrue(asOfficer.eligibility(c.getId()).isEmpty());
    }

    @Test
    void eligibleNeedsEveryCriterionAndEachMissingOneIsNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> asOfficer.assess(c.getId(),
                new EligibilityCriteria(true, false, false, false), EligibilityDecision.ELIGIBLE, null, null));

        List<String> messages = e.problems().stream().map(FieldProblem::message).toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains(Messages.Criterion_irregularSituation), messages.get(0));
        assertTrue(messages.get(2).contains(Messages.Criterion_informedConsent), messages.get(2));
    }

    @Test
    void notEligibleNeedsAReason() {
        ValidationException e = assertThrows(ValidationException.class, () -> asOfficer.assess(c.getId(),
                new EligibilityCriteria(true, true, false, false), EligibilityDecision.NOT_ELIGIBLE, " ", null));

        assertEquals(List.of(EligibilityServiceImpl.REASON), e.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void consentCriterionNeedsARecordedConsent() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> asOfficer.assess(c.getId(), ALL_MET, EligibilityDecision.ELIGIBLE, null, null));

        assertEquals(List.of(Messages.Eligibility_consentMissing),
                e.problems().stream().map(FieldProblem::message).toList());
    }

    @Test
    void decisionIsRecordedWithItsAuthorAndChangesAreAudited() throws Exception {
        consent();
        var first = asOfficer.assess(c.getId(), ALL_MET, EligibilityDecision.PENDING, null, null);
        asOfficer.assess(c.getId(), ALL_MET, EligibilityDecision.ELIGIBLE, null, first.getVersion());

        var saved = asOfficer.eligibility(c.getId()).orElseThrow();
        assertEquals(EligibilityDecision.ELIGIBLE, saved.getDecision());
        assertEquals("karim.programme", saved.getDecidedBy());
        List<AuditEntry> updates = new CaseServiceImpl(emf, Clock.systemUTC(), null, TestUser.ASSISTANT)
                .auditTrail(c.getId()).stream().filter(a -> EligibilityServiceImpl.ENTITY.equals(a.getEntity())
                        && a.getAction() == AuditEntry.Action.UPDATE)
                .toList();
        assertEquals(1, updates.size());
        assertEquals("PENDING", updates.get(0).getOldValue());
        assertEquals("ELIGIBLE", updates.get(0).getNewValue());
    }
}
