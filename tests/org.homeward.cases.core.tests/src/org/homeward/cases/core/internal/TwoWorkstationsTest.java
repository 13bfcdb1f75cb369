package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.Vulnerability;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.persistence.Workstations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/**
 * Two workstations on one database (two entity manager factories, each with its own connections, as two
 * workbenches in an office; on PostgreSQL in the second run of this suite): what one commits, the other acts
 * on at once, and what both do at once neither loses.
 */
class TwoWorkstationsTest {

    private static EntityManagerFactory here;
    private static EntityManagerFactory there;

    @BeforeAll
    static void workstations() throws Exception {
        here = TestDatabase.emf();
        there = Workstations.another(TestDatabase.context());
    }

    @AfterAll
    static void close() {
        there.close();
    }

    @Test
    void aConsentWithdrawnOnOneWorkstationStopsASharingOnTheOtherAtOnce() throws Exception {
        MigrantCase c = TestDatabase.newCase(here);
        Clock clock = Clock.systemDefaultZone();
        ConsentServiceImpl consentHere = new ConsentServiceImpl(here, TestUser.ASSISTANT, clock);
        ConsentServiceImpl consentThere = new ConsentServiceImpl(there, TestUser.PROGRAMME_OFFICER, clock);
        consentHere.record(c.getId(), new ConsentInput(LocalDate.now(clock).minusDays(1), "fr",
                EnumSet.of(Recipient.EMBASSY_OF_ORIGIN), null));
        // the other workstation reads the consent (and would keep it, with a shared cache) and shares once
        assertTrue(consentThere.allows(c.getId(), Recipient.EMBASSY_OF_ORIGIN));
        consentThere.share(c.getId(), null, Recipient.EMBASSY_OF_ORIGIN, "Ambassade de Guinée", "laissez-passer",
                "karim.programme", Instant.now());

        consentHere.withdraw(c.getId(), LocalDate.now(clock));

        RefusedException refused = assertThrows(RefusedException.class, () -> consentThere.share(c.getId(), null,
                Recipient.EMBASSY_OF_ORIGIN, "Ambassade de Guinée", "laissez-passer", "karim.programme",
                Instant.now()));
        assertTrue(refused.getMessage().length() > 0);
        assertEquals(1, consentHere.sharings(c.getId()).size(), "the refused sharing is not logged");
    }

    @Test
    void twoScreeningsOfOnePersonAtOnceEndInOneConflictAndNoFlagLost() throws Exception {
        MigrantCase c = TestDatabase.newCase(here);
        Person seen = new HouseholdServiceImpl(here, TestUser.ASSISTANT, Clock.systemDefaultZone()).members(c.getId())
                .get(0);
        VulnerabilityServiceImpl screeningHere = new VulnerabilityServiceImpl(here, TestUser.ASSISTANT,
                Clock.systemUTC());
        VulnerabilityServiceImpl screeningThere = new VulnerabilityServiceImpl(there, TestUser.PROGRAMME_OFFICER,
                Clock.systemUTC());
        List<Callable<Object>> both = List.of(
                () -> screeningHere.screen(c.getId(), seen.getId(), seen.getScreeningVersion(),
                        Map.of(VulnerabilityType.PREGNANCY, "7 mois")),
                () -> screeningThere.screen(c.getId(), seen.getId(), seen.getScreeningVersion(),
                        Map.of(VulnerabilityType.MEDICAL_CONDITION, "asthme")));
        List<Object> outcomes = atOnce(both);

        List<Object> conflicts = outcomes.stream().filter(ConflictException.class::isInstance).toList();
        assertEquals(1, conflicts.size(), "one of the two screenings is refused: " + outcomes);
        List<Vulnerability> kept = screeningHere.ofCase(c.getId());
        assertEquals(1, kept.size(), "the flags of the screening that was saved, no more, no fewer");
        Object saved = outcomes.stream().filter(o -> !(o instanceof Throwable)).findFirst().orElseThrow();
        assertEquals(((List<?>) saved).size(), kept.size());
        assertEquals(((Vulnerability) ((List<?>) saved).get(0)).getType(), kept.get(0).getType());

        // the refused user reads the person again and screens with what the other saved in front of them
        Person again = new HouseholdServiceImpl(there, TestUser.ASSISTANT, Clock.systemDefaultZone())
                .members(c.getId()).get(0);
        assertEquals(seen.getScreeningVersion() + 1, again.getScreeningVersion());
        screeningThere.screen(c.getId(), again.getId(), again.getScreeningVersion(), Map.of(
                VulnerabilityType.PREGNANCY, "7 mois", VulnerabilityType.MEDICAL_CONDITION, "asthme"));
        assertEquals(Set.of(VulnerabilityType.PREGNANCY, VulnerabilityType.MEDICAL_CONDITION),
                Set.copyOf(screeningHere.ofCase(c.getId()).stream().map(Vulnerability::getType).toList()));
    }

    @Test
    void twoFirstConsentsOfOneCaseAtOnceEndInOneConflict() throws Exception {
        MigrantCase c = TestDatabase.newCase(here);
        Clock clock = Clock.systemDefaultZone();
        ConsentServiceImpl consentHere = new ConsentServiceImpl(here, TestUser.ASSISTANT, clock);
        ConsentServiceImpl consentThere = new ConsentServiceImpl(there, TestUser.PROGRAMME_OFFICER, clock);
        LocalDate given = LocalDate.now(clock).minusDays(1);
        List<Object> outcomes = atOnce(List.of(
                () -> consentHere.record(c.getId(),
                        new ConsentInput(given, "fr", EnumSet.of(Recipient.EMBASSY_OF_ORIGIN),
                                null)),
                () -> consentThere.record(c.getId(), new ConsentInput(given, "bm",
                        EnumSet.of(Recipient.MISSION_OF_ORIGIN), null))));

        assertEquals(1, outcomes.stream().filter(ConflictException.class::isInstance).count(),
                "the second sees the first's consent: " + outcomes);
        assertEquals(1, consentHere.history(c.getId()).size(), "one consent recorded, not two");
    }

    @Test
    void aMergeOverACaseChangedOnAnotherWorkstationIsRefused() throws Exception {
        MigrantCase keep = TestDatabase.newCase(here);
        MigrantCase twice = TestDatabase.newCase(here);
        TestUser admin = new TestUser("nadia.admin", org.homeward.common.security.Role.ADMINISTRATOR);
        long seen = keep.getVersion();
        // meanwhile, on the other workstation, the kept case's next action is set
        new CaseServiceImpl(there, Clock.systemUTC(), null, TestUser.ASSISTANT).setNextAction(keep.getId(), seen,
                new org.homeward.cases.model.NextAction("appeler l'ambassade", LocalDate.now().plusDays(2), "awa"));

        assertThrows(ConflictException.class, () -> new CaseMergeServiceImpl(here, admin, Clock.systemUTC())
                .merge(keep.getId(), seen, twice.getId(), twice.getVersion(), "doublon"));
        assertEquals(org.homeward.cases.model.CaseStatus.REGISTERED, new CaseServiceImpl(here, Clock.systemUTC(), null,
                TestUser.ASSISTANT).find(twice.getId()).orElseThrow().getStatus(), "nothing merged");
    }

    @Test
    void registrationsOnTwoWorkstationsAtOnceGetDistinctCaseNumbers() throws Exception {
        List<Callable<Object>> registrations = new ArrayList<>();
        String family = "Sylla" + TestDatabase.letters(6);
        for (int i = 0; i < 16; i++) {
            CaseServiceImpl cases = new CaseServiceImpl(i % 2 == 0 ? here : there, Clock.systemDefaultZone(), null,
                    TestUser.ASSISTANT);
            String given = "Fanta" + TestDatabase.letters(4);
            registrations.add(() -> cases.register(new NewCase(family, given, null, Sex.FEMALE,
                    DateOfBirth.estimatedYear(1990), "GN")).getCaseNumber());
        }
        List<Object> numbers = atOnce(registrations);

        for (Object n : numbers) {
            assertInstanceOf(String.class, n, "every registration is saved: " + n);
        }
        assertEquals(16, new HashSet<>(numbers).size(), "16 distinct case numbers: " + numbers);
    }

    /** Runs every task at the same moment, each on its own thread; returns each one's result or exception. */
    private static List<Object> atOnce(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> running = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                running.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : running) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
