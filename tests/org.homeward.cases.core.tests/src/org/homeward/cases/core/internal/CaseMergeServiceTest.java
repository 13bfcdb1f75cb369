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

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.StatusChange;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.common.security.Role;
import org.homeward.common.validation.RefusedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/** An administrator merges a case registered twice; the merged case keeps its history and points to the kept one. */
class CaseMergeServiceTest {

    private static final TestUser ADMIN = new TestUser("nadia.admin", Role.ADMINISTRATOR);
    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    @Test
    void personsMoveWithTheirOwnConsentAndTheMergedCaseIsClosedWithItsHistory() throws Exception {
        MigrantCase keep = TestDatabase.newCase(emf);
        MigrantCase twice = TestDatabase.newCase(emf);
        new ConsentServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone()).record(twice.getId(),
                new ConsentInput(LocalDate.now(), "fr", EnumSet.of(Recipient.EMBASSY_OF_ORIGIN), null));

        new CaseMergeServiceImpl(emf, ADMIN, Clock.systemUTC()).merge(keep.getId(), version(keep), twice.getId(),
                version(twice), "même personne enregistrée deux fois");

        List<Person> persons = new HouseholdServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone())
                .members(keep.getId());
        assertEquals(List.of(Relationship.PRINCIPAL, Relationship.OTHER),
                persons.stream().map(Person::getRelationship).toList());
        ConsentServiceImpl consents = new ConsentServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone());
        assertTrue(consents.consent(keep.getId()).isEmpty(), "the merged case's consent is not the kept case's");
        assertTrue(!consents.allows(keep.getId(), Recipient.EMBASSY_OF_ORIGIN),
                "the kept case's principal never gave consent");
        long moved = persons.get(1).getId();
        consents.share(keep.getId(), moved, Recipient.EMBASSY_OF_ORIGIN, "Ambassade", "demande de laissez-passer",
                "ali.assistant", java.time.Instant.now()); // the moved person's own consent covers the embassy
        RefusedException principal = assertThrows(RefusedException.class, () -> consents.share(keep.getId(),
                persons.get(0).getId(), Recipient.EMBASSY_OF_ORIGIN, "Ambassade", "demande", "ali.assistant",
                java.time.Instant.now()));
        assertEquals(List.of(Messages.Workflow_needsConsent), principal.reasons());
        CaseWorkflowServiceImpl workflow = new CaseWorkflowServiceImpl(emf, ADMIN, Clock.systemUTC());
        List<StatusChange> history = workflow.history(twice.getId());
        assertEquals(List.of(CaseStatus.REGISTERED, CaseStatus.CLOSED),
                history.stream().map(StatusChange::getToStatus).toList());
        assertTrue(history.get(1).getReason().contains(keep.getCaseNumber()), history.get(1).getReason());
        assertEquals(
                1, new DuplicateServiceImpl(emf, TestUser.ASSISTANT).candidates(org.homeward.cases.model.PersonDraft.of(
                        new org.homeward.cases.model.NewCase(twice.getFamilyName(), twice.getGivenNames(), null,
                                twice.getSex(),
                                twice.getDateOfBirth(), twice.getNationality().strip())),
                        5).stream()
                        .filter(d -> d.caseId() == keep.getId() && d.familyName().equals(twice.getFamilyName()))
                        .count(),
                "the moved person is found under the kept case");
    }

    @Test
    void theKeptCasesConsentDoesNotExtendToPersonsWhoNeverGaveIt() throws Exception {
        MigrantCase keep = TestDatabase.newCase(emf);
        MigrantCase twice = TestDatabase.newCase(emf);
        ConsentServiceImpl consents = new ConsentServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone());
        consents.record(keep.getId(), new ConsentInput(LocalDate.now(), "fr",
                EnumSet.of(Recipient.EMBASSY_OF_ORIGIN, Recipient.MISSION_OF_ORIGIN), null));

        new CaseMergeServiceImpl(emf, ADMIN, Clock.systemUTC()).merge(keep.getId(), version(keep), twice.getId(),
                version(twice), "doublon");

        String movedName = twice.getGivenNames() + " " + twice.getFamilyName();
        assertEquals(List.of(movedName), consents.uncovered(keep.getId()));
        assertTrue(!consents.allows(keep.getId(), Recipient.EMBASSY_OF_ORIGIN));
        RefusedException refused = assertThrows(RefusedException.class,
                () -> consents.requireAllowed(keep.getId(), Recipient.EMBASSY_OF_ORIGIN));
        assertEquals(List.of(org.eclipse.osgi.util.NLS.bind(Messages.Consent_personUncovered, movedName)),
                refused.reasons());

        consents.record(keep.getId(), new ConsentInput(LocalDate.now(), "fr",
                EnumSet.of(Recipient.EMBASSY_OF_ORIGIN), consents.consent(keep.getId()).orElseThrow().getVersion()));
        assertEquals(List.of(), consents.uncovered(keep.getId()), "the household's consent recorded again covers both");
        assertTrue(consents.allows(keep.getId(), Recipient.EMBASSY_OF_ORIGIN));
    }

    @Test
    void onlyAnAdministratorMergesAndNeverACaseWithItself() throws Exception {
        MigrantCase a = TestDatabase.newCase(emf);
        MigrantCase b = TestDatabase.newCase(emf);

        PermissionDeniedException notAdmin = assertThrows(PermissionDeniedException.class,
                () -> new CaseMergeServiceImpl(emf, TestUser.ASSISTANT, Clock.systemUTC()).merge(a.getId(),
                        a.getVersion(), b.getId(), b.getVersion(),
                        "doublon"));
        assertEquals(Permission.MERGE, notAdmin.permission());
        assertEquals(java.util.Optional.of(Messages.Merge_onlyAdministrator),
                new CaseMergeServiceImpl(emf, TestUser.ASSISTANT, Clock.systemUTC()).whyNotAllowed(),
                "the screen says why before anyone tries");
        RefusedException self = assertThrows(RefusedException.class,
                () -> new CaseMergeServiceImpl(emf, ADMIN, Clock.systemUTC()).merge(a.getId(), a.getVersion(),
                        a.getId(), a.getVersion(), " "));
        assertEquals(2, self.reasons().size());
        assertEquals(1, new HouseholdServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone())
                .members(b.getId()).size(), "nothing moved");
    }

    /** The case's version now, as the merge dialog reads it. */
    private static long version(MigrantCase c) {
        return new CaseServiceImpl(emf, Clock.systemUTC(), null, TestUser.ASSISTANT).find(c.getId()).orElseThrow()
                .getVersion();
    }
}
