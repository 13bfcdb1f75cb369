package org.homeward.referrals.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.SharingRecord;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Role;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.referrals.model.FollowUp;
import org.homeward.referrals.model.Organisation;
import org.homeward.referrals.model.Referral;
import org.homeward.referrals.model.ReferralStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManagerFactory;

/** Referrals to partner organisations on the real database, with the DS case services. */
class ReferralServiceTest {

    /** An operations officer: refers and follows up, and keeps the organisations' directory. */
    private static final CurrentUser OFFICER = new CurrentUser() {

        @Override
        public String name() {
            return "omar.officer";
        }

        @Override
        public Role role() {
            return Role.OPERATIONS_OFFICER;
        }
    };

    private static EntityManagerFactory emf;
    private static CaseService cases;
    private static ConsentService consents;
    private static HouseholdService households;

    private ReferralServiceImpl referrals;
    private MigrantCase c;
    private long person;
    private Organisation organisation;
    private final LocalDate today = LocalDate.now();

    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(FrameworkUtil.getBundle(ReferralServiceTest.class)
                .getBundleContext(), type, null);
        t.open();
        T found = t.waitForService(60_000);
        assertNotNull(found, type.getSimpleName());
        return found;
    }

    @BeforeAll
    static void services() throws InterruptedException {
        emf = service(EntityManagerFactory.class);
        cases = service(CaseService.class);
        consents = service(ConsentService.class);
        households = service(HouseholdService.class);
    }

    @BeforeEach
    void caseAndOrganisation() throws Exception {
        referrals = new ReferralServiceImpl(emf, consents, cases, households, service(AuditService.class), OFFICER,
                Clock.systemDefaultZone());
        Random random = new Random();
        String family = "Sangare" + random.ints(6, 'a', 'z' + 1).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append);
        c = cases.register(new NewCase(family, "Oumou", null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1995), "ML"));
        person = households.members(c.getId()).get(0).getId();
        organisation = referrals.addOrganisation("Fondation Orient-Occident", "Rabat",
                "Soutien psychosocial, orientation", "accueil@example.org");
    }

    private void consentTo(Recipient... scopes) throws Exception {
        EnumSet<Recipient> set = EnumSet.noneOf(Recipient.class);
        set.addAll(List.of(scopes));
        consents.record(c.getId(), new ConsentInput(today, "fr", set, null));
    }

    private List<SharingRecord> sharings() {
        return consents.sharings(c.getId());
    }

    @Test
    void organisationNeedsANameAndACity() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> referrals.addOrganisation(" ", "", null, null));

        assertEquals(List.of("name", "city"), e.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void withoutPartnerConsentNothingIsReferredNorShared() throws Exception {
        consentTo(Recipient.EMBASSY_OF_ORIGIN);

        RefusedException e = assertThrows(RefusedException.class, () -> referrals.refer(c.getId(), person,
                organisation.getId(), today, "Détresse psychologique après le parcours migratoire", null));

        assertTrue(e.getMessage().length() > 0);
        assertEquals(List.of(), referrals.referrals(c.getId()));
        assertEquals(List.of(), sharings());
    }

    @Test
    void referralIsSavedAndTheSharingLogged() throws Exception {
        consentTo(Recipient.PARTNER_ORGANISATIONS);

        Referral r = referrals.refer(c.getId(), person, organisation.getId(), today, "Suivi psychosocial",
                today.plusDays(7));

        assertEquals(ReferralStatus.SENT, r.getStatus());
        List<SharingRecord> log = sharings();
        assertEquals(1, log.size());
        assertEquals(Recipient.PARTNER_ORGANISATIONS, log.get(0).getRecipient());
        assertEquals("Fondation Orient-Occident", log.get(0).getRecipientName());
        assertEquals("omar.officer", log.get(0).getSharedBy());
        assertEquals(person, log.get(0).getPersonId());
    }

    @Test
    void badReferralNamesEveryFieldAndSavesNothing() throws Exception {
        consentTo(Recipient.PARTNER_ORGANISATIONS);

        ValidationException e = assertThrows(ValidationException.class, () -> referrals.refer(c.getId(), -1,
                organisation.getId(), today.plusDays(1), "", today.minusDays(1)));

        assertEquals(List.of("referredOn", "reason", "nextFollowUp", "person"),
                e.problems().stream().map(FieldProblem::field).toList());
        assertEquals(List.of(), referrals.referrals(c.getId()));
    }

    @Test
    void dueFollowUpsAreListedOverdueFirstUntilTheReferralCloses() throws Exception {
        consentTo(Recipient.PARTNER_ORGANISATIONS);
        Referral overdue = referrals.refer(c.getId(), person, organisation.getId(), today.minusDays(10), "Suivi",
                today.minusDays(2));
        Referral later = referrals.refer(c.getId(), person, organisation.getId(), today, "Suivi", today.plusDays(20));

        List<FollowUp> due = mine(referrals.dueBy(today.plusDays(7), today));
        assertEquals(List.of(overdue.getId()), due.stream().map(FollowUp::referralId).toList());
        assertTrue(due.get(0).overdue());
        assertEquals(c.getCaseNumber(), due.get(0).caseNumber());
        assertTrue(due.get(0).personName().startsWith("Oumou "));

        referrals.addNote(later.getId(), later.getVersion(), "Premier entretien fixé", today.plusDays(3));
        assertEquals(2, mine(referrals.dueBy(today.plusDays(7), today)).size());

        Referral accepted = referrals.changeStatus(overdue.getId(), overdue.getVersion(), ReferralStatus.ACCEPTED);
        Referral inProgress = referrals.changeStatus(overdue.getId(), accepted.getVersion(),
                ReferralStatus.IN_PROGRESS);
        referrals.changeStatus(overdue.getId(), inProgress.getVersion(), ReferralStatus.COMPLETED);
        assertEquals(List.of(later.getId()),
                mine(referrals.dueBy(today.plusDays(7), today)).stream().map(FollowUp::referralId).toList());
    }

    @Test
    void statusMovesFollowTheReferralLifeAndStaleOnesConflict() throws Exception {
        consentTo(Recipient.PARTNER_ORGANISATIONS);
        Referral r = referrals.refer(c.getId(), person, organisation.getId(), today, "Suivi", null);

        assertThrows(RefusedException.class, () -> referrals.changeStatus(r.getId(), r.getVersion(),
                ReferralStatus.COMPLETED));
        referrals.changeStatus(r.getId(), r.getVersion(), ReferralStatus.DECLINED);
        assertThrows(ConflictException.class, () -> referrals.changeStatus(r.getId(), r.getVersion(),
                ReferralStatus.ACCEPTED));
    }

    private List<FollowUp> mine(List<FollowUp> all) {
        return all.stream().filter(f -> f.caseId() == c.getId()).toList();
    }

    @Test
    void anOrganisationIsEditedAndDeactivatedWithoutLosingItsReferrals() throws Exception {
        consentTo(Recipient.PARTNER_ORGANISATIONS);
        referrals.refer(c.getId(), person, organisation.getId(), today, "Soutien après expulsion", null);

        Organisation edited = referrals.updateOrganisation(organisation.getId(), organisation.getVersion(),
                "Fondation Orient-Occident", "Salé", "Soutien psychosocial", "+212 5 37 00 00 00", false);

        assertEquals("Salé", edited.getCity());
        assertFalse(referrals.organisations().stream().anyMatch(o -> o.getId().equals(organisation.getId())),
                "an inactive organisation is no longer offered");
        assertTrue(referrals.allOrganisations().stream().anyMatch(o -> o.getId().equals(organisation.getId())));
        assertEquals(1, referrals.referrals(c.getId()).size());
        // a second edit on the version read before the first is a conflict, not an overwrite
        assertThrows(org.homeward.common.validation.ConflictException.class,
                () -> referrals.updateOrganisation(organisation.getId(), organisation.getVersion(),
                        "Autre nom", "Rabat", null, null, true));
        ValidationException bad = assertThrows(ValidationException.class, () -> referrals
                .updateOrganisation(organisation.getId(), edited.getVersion(), " ", "", null, null, true));
        assertEquals(List.of("name", "city"), bad.problems().stream().map(p -> p.field()).toList());
    }

    @Test
    void referralsTheirStatusAndNotesAreInTheCaseAuditTrail() throws Exception {
        consentTo(Recipient.PARTNER_ORGANISATIONS);
        Referral r = referrals.refer(c.getId(), person, organisation.getId(), today, "Soutien psychosocial", null);
        Referral accepted = referrals.changeStatus(r.getId(), r.getVersion(), ReferralStatus.ACCEPTED);
        referrals.addNote(r.getId(), accepted.getVersion(), "Premier rendez-vous pris", today.plusDays(7));

        List<org.homeward.cases.model.AuditEntry> trail = cases.auditTrail(c.getId()).stream()
                .filter(a -> !"MigrantCase".equals(a.getEntity()) && !"Person".equals(a.getEntity())).toList();
        assertTrue(trail.stream().anyMatch(a -> "Referral".equals(a.getEntity()) && "organisation".equals(a.getField())
                && "Fondation Orient-Occident".equals(a.getNewValue()) && "omar.officer".equals(a.getUserName())),
                trail.toString());
        assertTrue(trail.stream().anyMatch(a -> "status".equals(a.getField()) && "SENT".equals(a.getOldValue())
                && "ACCEPTED".equals(a.getNewValue())));
        assertTrue(trail.stream().anyMatch(a -> "FollowUpNote".equals(a.getEntity())
                && "Premier rendez-vous pris".equals(a.getNewValue())));
    }
}
