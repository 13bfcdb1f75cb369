package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.Consent;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/** Consent and its scopes, checked before any sharing. */
class ConsentServiceTest {

    private static final Clock JULY = Clock.fixed(Instant.parse("2026-07-15T09:00:00Z"), ZoneOffset.UTC);
    private static EntityManagerFactory emf;

    private MigrantCase c;
    private ConsentServiceImpl consents;

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    @BeforeEach
    void register() throws Exception {
        c = TestDatabase.newCase(emf);
        consents = new ConsentServiceImpl(emf, TestUser.ASSISTANT, JULY);
    }

    private Consent give(Recipient... scopes) throws Exception {
        return consents.record(c.getId(), new ConsentInput(LocalDate.of(2026, 7, 10), "bm",
                EnumSet.copyOf(List.of(scopes)), null));
    }

    @Test
    void badConsentFormNamesEveryFieldAndSavesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> consents.record(c.getId(),
                new ConsentInput(LocalDate.of(2026, 8, 1), "xq", EnumSet.noneOf(Recipient.class), null)));

        assertEquals(List.of(ConsentServiceImpl.GIVEN_ON, ConsentServiceImpl.LANGUAGE),
                e.problems().stream().map(FieldProblem::field).toList());
        assertTrue(e.problems().get(1).message().contains("xq"));
        assertTrue(consents.consent(c.getId()).isEmpty());
    }

    @Test
    void dataMayGoOnlyWhereConsentWasGiven() throws Exception {
        give(Recipient.EMBASSY_OF_ORIGIN, Recipient.HOST_AUTHORITIES);

        assertTrue(consents.allows(c.getId(), Recipient.EMBASSY_OF_ORIGIN));
        assertFalse(consents.allows(c.getId(), Recipient.PARTNER_ORGANISATIONS));
        RefusedException e = assertThrows(RefusedException.class,
                () -> consents.requireAllowed(c.getId(), Recipient.PARTNER_ORGANISATIONS));
        assertTrue(e.getMessage().contains(Messages.Recipient_PARTNER_ORGANISATIONS), e.getMessage());
    }

    @Test
    void withoutConsentNothingMayBeShared() {
        RefusedException e = assertThrows(RefusedException.class,
                () -> consents.requireAllowed(c.getId(), Recipient.EMBASSY_OF_ORIGIN));

        assertEquals(List.of(Messages.Workflow_needsConsent), e.reasons());
    }

    @Test
    void withdrawalStopsAllSharingAndIsAudited() throws Exception {
        give(Recipient.EMBASSY_OF_ORIGIN);

        assertThrows(ValidationException.class, () -> consents.withdraw(c.getId(), LocalDate.of(2026, 7, 1)));
        consents.withdraw(c.getId(), LocalDate.of(2026, 7, 14));

        assertFalse(consents.allows(c.getId(), Recipient.EMBASSY_OF_ORIGIN));
        assertTrue(trail().stream().anyMatch(a -> a.getAction() == AuditEntry.Action.UPDATE
                && ConsentServiceImpl.WITHDRAWN_ON.equals(a.getField()) && "2026-07-14".equals(a.getNewValue())));
    }

    @Test
    void consentGivenAgainAfterAWithdrawalIsANewRecordAndTheWithdrawnOneIsKept() throws Exception {
        Consent first = give(Recipient.EMBASSY_OF_ORIGIN);
        consents.withdraw(c.getId(), LocalDate.of(2026, 7, 14));
        ValidationException twice = assertThrows(ValidationException.class,
                () -> consents.withdraw(c.getId(), LocalDate.of(2026, 7, 15)));
        assertEquals(List.of(Messages.Consent_alreadyWithdrawn),
                twice.problems().stream().map(FieldProblem::message).toList());

        Consent again = consents.record(c.getId(), new ConsentInput(LocalDate.of(2026, 7, 15), "fr",
                EnumSet.of(Recipient.EMBASSY_OF_ORIGIN, Recipient.MISSION_OF_ORIGIN),
                consents.consent(c.getId()).orElseThrow().getVersion())); // the withdrawn one, as the page shows it

        assertTrue(again.getId() != first.getId(), "a new consent record");
        assertTrue(consents.allows(c.getId(), Recipient.MISSION_OF_ORIGIN));
        List<Consent> history = consents.history(c.getId());
        assertEquals(List.of(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 10)),
                history.stream().map(Consent::getGivenOn).toList());
        assertEquals(java.util.Arrays.asList(null, LocalDate.of(2026, 7, 14)),
                history.stream().map(Consent::getWithdrawnOn).toList(), "the withdrawn consent kept as it was");
    }

    @Test
    void aMemberAddedAfterTheConsentIsNotCoveredUntilItIsRecordedAgain() throws Exception {
        give(Recipient.EMBASSY_OF_ORIGIN);
        HouseholdServiceImpl households = new HouseholdServiceImpl(emf, TestUser.ASSISTANT, JULY);
        var child = households.addMember(c.getId(), new org.homeward.cases.model.PersonDraft("Traore", "Awa", null,
                null, org.homeward.cases.model.Sex.FEMALE, org.homeward.cases.model.DateOfBirth.exact(LocalDate.of(
                        2019, 2, 3)),
                "GN"), org.homeward.cases.model.Relationship.CHILD);

        assertEquals(List.of("Awa Traore"), consents.uncovered(c.getId()));
        assertFalse(consents.allows(c.getId(), Recipient.EMBASSY_OF_ORIGIN));
        consents.record(c.getId(), new ConsentInput(LocalDate.of(2026, 7, 10), "bm",
                EnumSet.of(Recipient.EMBASSY_OF_ORIGIN), consents.consent(c.getId()).orElseThrow().getVersion()));
        assertEquals(List.of(), consents.uncovered(c.getId()));
        assertTrue(consents.allows(c.getId(), Recipient.EMBASSY_OF_ORIGIN), "covered once recorded again: "
                + child.getId());
    }

    @Test
    void changeIsAuditedFieldByFieldAndAStaleEditIsAConflict() throws Exception {
        Consent first = give(Recipient.EMBASSY_OF_ORIGIN);
        Consent changed = consents.record(c.getId(), new ConsentInput(LocalDate.of(2026, 7, 10), "bm",
                EnumSet.of(Recipient.EMBASSY_OF_ORIGIN, Recipient.MISSION_OF_ORIGIN),
                consents.consent(c.getId()).orElseThrow().getVersion())); // the withdrawn one, as the page shows it

        List<AuditEntry> updates = trail().stream().filter(a -> a.getAction() == AuditEntry.Action.UPDATE).toList();
        assertEquals(1, updates.size(), "only the scopes changed");
        assertEquals("EMBASSY_OF_ORIGIN", updates.get(0).getOldValue());
        assertEquals("EMBASSY_OF_ORIGIN,MISSION_OF_ORIGIN", updates.get(0).getNewValue());

        assertThrows(ConflictException.class, () -> consents.record(c.getId(), new ConsentInput(
                LocalDate.of(2026, 7, 10), "fr", EnumSet.noneOf(Recipient.class), first.getVersion())));
        assertEquals(changed.getScopes(), consents.consent(c.getId()).orElseThrow().getScopes());
    }

    private List<AuditEntry> trail() {
        return new CaseServiceImpl(emf, JULY, null, TestUser.ASSISTANT).auditTrail(c.getId()).stream()
                .filter(a -> ConsentServiceImpl.ENTITY.equals(a.getEntity())).toList();
    }
}
