package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/**
 * Corrections an assistant makes to a household: a member's identity typed wrong, a member added by
 * mistake, the principal applicant changed; and the case found by any member's name or any part of
 * its number.
 */
class HouseholdCorrectionsTest {

    private static EntityManagerFactory emf;

    private String family;
    private CaseServiceImpl cases;
    private HouseholdServiceImpl households;

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    @BeforeEach
    void services() {
        family = "Camara" + TestDatabase.letters(5);
        cases = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null, TestUser.ASSISTANT);
        households = new HouseholdServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone());
    }

    private MigrantCase household() throws Exception {
        MigrantCase c = cases.register(new NewCase(family, "Mamadou", null, Sex.MALE,
                DateOfBirth.exact(LocalDate.of(1992, 3, 14)), "GN"));
        households.addMember(c.getId(), new PersonDraft(family, "Kadiatou", null, null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1994), "GN"), Relationship.SPOUSE);
        return c;
    }

    private Person member(MigrantCase c, String given) {
        return households.members(c.getId()).stream().filter(p -> p.getGivenNames().equals(given)).findFirst()
                .orElseThrow();
    }

    private List<AuditEntry> trail(MigrantCase c, String field) {
        return cases.auditTrail(c.getId()).stream().filter(a -> field.equals(a.getField())).toList();
    }

    @Test
    void aCorrectedIdentityIsAuditedAndThePrincipalsFollowsOnTheCase() throws Exception {
        MigrantCase c = household();
        Person principal = member(c, "Mamadou");

        households.correctIdentity(principal.getId(), principal.getVersion(), new PersonDraft(family, "Mamadou Saliou",
                null, null, Sex.MALE, DateOfBirth.exact(LocalDate.of(1991, 3, 14)), "GN"));

        assertEquals("Mamadou Saliou", cases.find(c.getId()).orElseThrow().getGivenNames());
        AuditEntry born = trail(c, NewCase.DATE_OF_BIRTH).getLast();
        assertEquals("14/03/1992", born.getOldValue());
        assertEquals("14/03/1991", born.getNewValue());
        assertEquals(TestUser.ASSISTANT.name(), born.getUserName());
        assertThrows(ConflictException.class, () -> households.correctIdentity(principal.getId(),
                principal.getVersion(), new PersonDraft(family, "Mamadou", null, null, Sex.MALE,
                        DateOfBirth.estimatedYear(1990), "GN")),
                "saved over a version someone else changed");
        ValidationException bad = assertThrows(ValidationException.class, () -> households.correctIdentity(
                principal.getId(), principal.getVersion() + 1, new PersonDraft("", "Mamadou", null, null, Sex.MALE,
                        DateOfBirth.estimatedYear(1990), "GN")));
        assertEquals(NewCase.FAMILY_NAME, bad.problems().get(0).field());
    }

    @Test
    void aMemberAddedByMistakeIsRemovedWithTheReasonButNeverThePrincipal() throws Exception {
        MigrantCase c = household();
        Person spouse = member(c, "Kadiatou");
        Person principal = member(c, "Mamadou");

        assertThrows(ValidationException.class,
                () -> households.removeMember(spouse.getId(), spouse.getVersion(), " "));
        assertThrows(RefusedException.class,
                () -> households.removeMember(principal.getId(), principal.getVersion(), "erreur"));
        households.removeMember(spouse.getId(), spouse.getVersion(), "ajoutée au mauvais dossier");

        assertEquals(1, households.members(c.getId()).size());
        AuditEntry removed = cases.auditTrail(c.getId()).getLast();
        assertEquals(AuditEntry.Action.DELETE, removed.getAction());
        assertTrue(removed.getOldValue().contains("Kadiatou") && removed.getOldValue().contains("mauvais dossier"),
                removed.getOldValue());
    }

    @Test
    void aMemberOtherRecordsNameIsNotRemoved() throws Exception {
        MigrantCase c = household();
        Person spouse = member(c, "Kadiatou");
        households.addParticipant(new CaseLifecycleParticipant() {

            @Override
            public void merged(long keptCaseId, long mergedCaseId) {
            }

            @Override
            public List<String> holding(long personId) {
                return personId == spouse.getId() ? List.of("Orientation vers Caritas du 02/12/2026") : List.of();
            }
        });

        RefusedException refused = assertThrows(RefusedException.class,
                () -> households.removeMember(spouse.getId(), spouse.getVersion(), "erreur"));

        assertTrue(refused.reasons().contains("Orientation vers Caritas du 02/12/2026"), refused.reasons().toString());
        assertEquals(2, households.members(c.getId()).size(), "nothing removed");
    }

    @Test
    void anotherMemberBecomesPrincipalAndTheCaseTakesTheirName() throws Exception {
        MigrantCase c = household();
        Person spouse = member(c, "Kadiatou");

        households.makePrincipal(spouse.getId(), Relationship.SPOUSE);

        assertEquals(List.of("Kadiatou", "Mamadou"),
                households.members(c.getId()).stream().map(Person::getGivenNames).toList());
        assertEquals(Relationship.SPOUSE, member(c, "Mamadou").getRelationship());
        assertEquals("Kadiatou", cases.find(c.getId()).orElseThrow().getGivenNames());
        assertEquals(Sex.FEMALE, cases.find(c.getId()).orElseThrow().getSex());
    }

    @Test
    void aCaseIsFoundByAnyMembersNameAndAnyPartOfItsNumber() throws Exception {
        MigrantCase c = household();
        String digits = c.getCaseNumber().substring(c.getCaseNumber().lastIndexOf('-') + 1);

        List<CaseRow> byMember = cases.page(new CaseFilter("Kadiatou " + family), 0, 10);
        List<CaseRow> byDigits = cases.page(new CaseFilter(digits), 0, 100);

        assertEquals(List.of(c.getCaseNumber()), byMember.stream().map(CaseRow::caseNumber).toList());
        assertTrue(byDigits.stream().anyMatch(r -> r.caseNumber().equals(c.getCaseNumber())), byDigits.toString());
    }
}
