package org.homeward.movements.core.internal;

import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseMergeService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.EligibilityService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.model.service.VulnerabilityService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Role;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingDraft;
import org.homeward.movements.model.BookingStatus;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.Preferences;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManagerFactory;

/** Bookings on the real database with the DS case and travel-document services: itinerary and guards. */
class BookingServiceTest {

    private static final CurrentUser ASSISTANT = new CurrentUser() {

        @Override
        public String name() {
            return "awa.assistant";
        }

        @Override
        public Role role() {
            return Role.OPERATIONS_ASSISTANT;
        }
    };

    private static final Preferences USER = InstanceScope.INSTANCE.getNode("org.homeward.common");
    private static CaseService cases;
    private static HouseholdService households;
    private static VulnerabilityService screening;
    private static BookingServiceImpl bookings;
    private final LocalDate inTwoWeeks = LocalDate.now().plusDays(14);

    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(
                FrameworkUtil.getBundle(BookingServiceTest.class).getBundleContext(), type, null);
        t.open();
        T found = t.waitForService(60_000);
        assertNotNull(found, type.getSimpleName());
        return found;
    }

    @BeforeAll
    static void services() throws Exception {
        cases = service(CaseService.class);
        households = service(HouseholdService.class);
        screening = service(VulnerabilityService.class);
        TestAccounts.signInAs(Role.PROGRAMME_OFFICER); // who may approve the test cases
        bookings = new BookingServiceImpl(service(EntityManagerFactory.class), cases, households, screening,
                service(TravelDocService.class), service(AuditService.class), ASSISTANT,
                service(org.homeward.movements.model.service.PlacesDirectory.class), Clock.systemDefaultZone());
    }

    @AfterAll
    static void release() throws Exception {
        TestAccounts.signInAs(Role.OPERATIONS_ASSISTANT);
    }

    private static String family() {
        return "Bah" + new Random().ints(5, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append);
    }

    private static MigrantCase approved(MigrantCase c) throws Exception {
        service(ConsentService.class).record(c.getId(), new ConsentService.ConsentInput(LocalDate.now(), "fr",
                EnumSet.of(org.homeward.cases.model.Recipient.EMBASSY_OF_ORIGIN), null));
        service(EligibilityService.class).assess(c.getId(), new EligibilityCriteria(true, true, true, true),
                EligibilityDecision.ELIGIBLE, null, null);
        CaseWorkflowService workflow = service(CaseWorkflowService.class);
        MigrantCase now = cases.find(c.getId()).orElseThrow();
        now = workflow.transition(now.getId(), now.getVersion(), CaseStatus.ELIGIBILITY_ASSESSED, null);
        return workflow.transition(now.getId(), now.getVersion(), CaseStatus.APPROVED, null);
    }

    private static MigrantCase register(String family) throws Exception {
        return cases.register(new NewCase(family, "Oumou", null, Sex.FEMALE, DateOfBirth.estimatedYear(1990), "GN"));
    }

    private static Person principal(MigrantCase c) {
        return households.members(c.getId()).get(0);
    }

    /** Rabat to Conakry through Casablanca, two weeks from now. */
    private BookingDraft toConakry(Person... persons) {
        LocalDateTime day = inTwoWeeks.atTime(9, 0);
        return new BookingDraft("X7K2LP", "Agence Atlas", new BigDecimal("4200.00"), new BigDecimal("850.00"), "MAD",
                "UE", "AVRR-MA-2026", null, List.of(
                        new BookingDraft.SegmentDraft("AT", "1402", "RBA", "CMN", day, day.plusMinutes(45)),
                        new BookingDraft.SegmentDraft("AT", "517", "CMN", "CKY", day.plusHours(14),
                                day.plusHours(17).plusMinutes(30))),
                java.util.Arrays.stream(persons).map(p -> new BookingDraft.PassengerDraft(p.getId(), null, null))
                        .toList());
    }

    @Test
    void aBadItineraryIsRefusedFlightByFlightAndNothingIsSaved() throws Exception {
        MigrantCase c = register(family());
        LocalDateTime day = inTwoWeeks.atTime(9, 0);
        BookingDraft bad = new BookingDraft(null, null, null, null, "MAD", null, null, null, List.of(
                new BookingDraft.SegmentDraft("AT", "1402", "RBA", "CMN", day, day.plusMinutes(45)),
                new BookingDraft.SegmentDraft("AT", "517", "CMN", "CKY", day.plusMinutes(60), day.plusHours(5)),
                new BookingDraft.SegmentDraft("ZZ", "1", "CKY", "XXX", day.plusHours(9), day.plusHours(10))),
                List.of(new BookingDraft.PassengerDraft(principal(c).getId(), null, null)));

        ValidationException refused = assertThrows(ValidationException.class, () -> bookings.book(bad));

        assertEquals(List.of("Vol ZZ1 : compagnie inconnue (ZZ) ; ajoutez-la dans Répertoires > Aéroports et"
                + " compagnies aériennes.",
                "Vol ZZ1 : aéroport inconnu (XXX) ; ajoutez-le dans Répertoires >"
                        + " Aéroports et compagnies aériennes."),
                refused.problems().stream().map(p -> p.message()).toList());
        BookingDraft tight = new BookingDraft(null, null, null, null, "MAD", null, null, null,
                bad.segments().subList(0, 2), bad.passengers());
        ValidationException connection = assertThrows(ValidationException.class, () -> bookings.book(tight));
        assertEquals(List.of("Vol AT517 : correspondance de moins de 90 minutes."),
                connection.problems().stream().map(p -> p.message()).toList());
        assertEquals(List.of(), bookings.bookingsOf(c.getId()));
    }

    @Test
    void ticketingNeedsAnApprovedCaseAndADocumentValidOnTheLastDayOfTheJourney() throws Exception {
        MigrantCase c = register(family());
        Person p = principal(c);
        Booking option = bookings.book(toConakry(p));
        assertEquals(BookingStatus.OPTION, option.getStatus());

        RefusedException refused = assertThrows(RefusedException.class,
                () -> bookings.ticket(option.getId(), option.getVersion(), Map.of(p.getId(), "147-2400000001")));
        String who = p.getGivenNames() + " " + p.getFamilyName();
        assertEquals(List.of(who + " : le dossier " + c.getCaseNumber() + " n'est pas approuvé pour le retour.",
                // the second flight lands at 02:30 in Conakry: the journey ends the next day
                who + " : aucun document de voyage valable jusqu'au " + inTwoWeeks.plusDays(1).format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")) + ", dernier jour du voyage."),
                refused.reasons());

        approved(c);
        households.addDocument(p.getId(), DocumentKind.PASSPORT, "R0412345", "GN", inTwoWeeks);
        RefusedException expiring = assertThrows(RefusedException.class,
                () -> bookings.ticket(option.getId(), option.getVersion(), Map.of(p.getId(), "147-2400000001")));
        assertEquals(1, expiring.reasons().size(), "a passport expiring the day of take-off, before landing: "
                + expiring.reasons());

        households.addDocument(p.getId(), DocumentKind.PASSPORT, "R0499999", "GN", inTwoWeeks.plusYears(2));
        Booking ticketed = bookings.ticket(option.getId(), option.getVersion(), Map.of(p.getId(), "147-2400000001"));
        assertEquals(BookingStatus.TICKETED, ticketed.getStatus());
        assertEquals("147-2400000001", bookings.passengers(option.getId()).get(0).getTicketNumber());
        assertTrue(cases.auditTrail(c.getId()).stream().anyMatch(a -> "Booking".equals(a.getEntity())
                && "ticket".equals(a.getField()) && "147-2400000001".equals(a.getNewValue())));
    }

    @Test
    void anUnaccompaniedChildTravelsOnlyWithAnEscort() throws Exception {
        String family = family();
        MigrantCase c = approved(register(family));
        households.addMember(c.getId(), new PersonDraft(family, "Alpha", null, null, Sex.MALE,
                DateOfBirth.exact(LocalDate.now().minusYears(15)), "GN"), Relationship.CHILD);
        Person child = households.members(c.getId()).get(1);
        screening.screen(c.getId(), child.getId(), child.getScreeningVersion(),
                Map.of(VulnerabilityType.UNACCOMPANIED_OR_SEPARATED_CHILD, ""));
        households.addDocument(child.getId(), DocumentKind.LAISSEZ_PASSER, "LP-77", "GN", inTwoWeeks.plusMonths(3));
        Booking alone = bookings.book(toConakry(child));

        RefusedException refused = assertThrows(RefusedException.class,
                () -> bookings.ticket(alone.getId(), alone.getVersion(), Map.of(child.getId(), "147-1")));
        assertEquals(List.of("Alpha " + family + " : enfant non accompagné, un accompagnateur doit être nommé."),
                refused.reasons());

        BookingDraft escorted = toConakry(child);
        escorted = new BookingDraft(escorted.pnr(), escorted.agency(), escorted.fare(), escorted.taxes(),
                escorted.currency(), escorted.donor(), escorted.projectCode(), null, escorted.segments(),
                List.of(new BookingDraft.PassengerDraft(child.getId(), "Mme Kaba (OIM Conakry)", null)));
        Booking withEscort = bookings.book(escorted);
        assertEquals(BookingStatus.TICKETED,
                bookings.ticket(withEscort.getId(), withEscort.getVersion(), Map.of(child.getId(), "147-2"))
                        .getStatus());
    }

    @Test
    void anOptionLapsingSoonIsListedUntilTicketedAndAPastLimitIsRefused() throws Exception {
        MigrantCase c = register(family());
        Person p = principal(c);
        BookingDraft draft = toConakry(p);
        java.time.Instant inSixHours = java.time.Instant.now().plus(java.time.Duration.ofHours(6));
        Booking held = bookings.book(new BookingDraft(draft.pnr(), draft.agency(), draft.fare(), draft.taxes(),
                draft.currency(), draft.donor(), draft.projectCode(), inSixHours, draft.segments(),
                draft.passengers()));

        java.time.Instant tomorrow = java.time.Instant.now().plus(java.time.Duration.ofDays(1));
        assertTrue(bookings.lapsingOptions(tomorrow).stream().anyMatch(b -> b.getId().equals(held.getId())),
                "an option lapsing in six hours is due by tomorrow");
        assertTrue(bookings.lapsingOptions(java.time.Instant.now()).stream()
                .noneMatch(b -> b.getId().equals(held.getId())), "nor lapsed yet");
        bookings.move(held.getId(), held.getVersion(), BookingStatus.CANCELLED);
        assertTrue(bookings.lapsingOptions(tomorrow).stream().noneMatch(b -> b.getId().equals(held.getId())),
                "a released option is no longer to remind");

        ValidationException past = assertThrows(ValidationException.class, () -> bookings.book(new BookingDraft(
                null, null, null, null, "MAD", null, null, java.time.Instant.now().minusSeconds(60),
                draft.segments(), draft.passengers())));
        assertEquals(List.of("Option jusqu'au : une date et une heure à venir."),
                past.problems().stream().map(x -> x.message()).toList());
    }

    @Test
    void aMergeMovesTheBookingsAndABookedPersonIsNotRemoved() throws Exception {
        MigrantCase kept = approved(register(family()));
        MigrantCase duplicate = register(family());
        Person p = principal(duplicate);
        bookings.book(toConakry(p));
        Role admin = TestAccounts.current();
        TestAccounts.signInAs(Role.ADMINISTRATOR);
        try {
            org.homeward.cases.model.service.CaseService cases = service(
                    org.homeward.cases.model.service.CaseService.class); // the versions as the merge dialog reads them
            service(CaseMergeService.class).merge(kept.getId(), cases.find(kept.getId()).orElseThrow().getVersion(),
                    duplicate.getId(), cases.find(duplicate.getId()).orElseThrow().getVersion(), "même personne");
        } finally {
            TestAccounts.signInAs(admin);
        }

        assertEquals(1, bookings.bookingsOf(kept.getId()).size(), "the booking follows the person");
        assertEquals(List.of(), bookings.bookingsOf(duplicate.getId()));
        Person moved = households.person(p.getId()).orElseThrow();
        RefusedException held = assertThrows(RefusedException.class,
                () -> households.removeMember(moved.getId(), moved.getVersion(), "erreur"));
        assertTrue(held.reasons().stream().anyMatch(r -> r.startsWith("Réservation de vols X7K2LP")),
                held.reasons().toString());
    }
}
