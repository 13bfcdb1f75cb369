package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Hashtable;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.cases.model.service.CaseService;
import org.homeward.common.office.OfficeProfile;
import org.homeward.common.validation.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManagerFactory;

/** The case service on the real database that DS opens in this test runtime (embedded Derby under target/). */
class CaseServiceTest {

    private static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    private static EntityManagerFactory emf;
    private static BundleContext context;

    private String prefix;
    private String family;
    private CaseServiceImpl service;

    @BeforeAll
    static void waitForTheDatabase() throws InterruptedException {
        context = FrameworkUtil.getBundle(CaseServiceTest.class).getBundleContext();
        emf = waitFor(EntityManagerFactory.class);
    }

    static <T> T waitFor(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T found = tracker.waitForService(60_000);
        assertNotNull(found, type.getSimpleName() + " service did not appear within 60 s");
        return found;
    }

    @BeforeEach
    void freshOffice() {
        Random random = new Random();
        prefix = "T" + letters(random, 4).toUpperCase();
        family = "Camara" + letters(random, 6);
        service = new CaseServiceImpl(emf, JUNE_2026, office(prefix));
    }

    private static String letters(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private static OfficeProfile office(String prefix) {
        return new OfficeProfile() {

            @Override
            public String caseNumberPrefix() {
                return prefix;
            }

            @Override
            public String countryCode() {
                return "MA";
            }

            @Override
            public String officeName() {
                return "Test office";
            }
        };
    }

    private NewCase draft(String given) {
        return new NewCase(family, given, null, Sex.FEMALE, DateOfBirth.exact(LocalDate.of(1991, 7, 2)), "CI");
    }

    @Test
    void caseNumbersFollowEachOtherPerOfficeAndYear() throws Exception {
        assertEquals(prefix + "-2026-00001", service.register(draft("Awa")).getCaseNumber());
        assertEquals(prefix + "-2026-00002", service.register(draft("Binta")).getCaseNumber());

        CaseServiceImpl nextYear = new CaseServiceImpl(emf,
                Clock.fixed(Instant.parse("2027-01-02T08:00:00Z"), ZoneOffset.UTC), office(prefix));
        assertEquals(prefix + "-2027-00001", nextYear.register(draft("Coumba")).getCaseNumber());
        assertEquals(prefix + "-2026-00003", service.register(draft("Dienaba")).getCaseNumber());
    }

    @Test
    void registeredCaseIsReadBackWhole() throws Exception {
        MigrantCase saved = service.register(new NewCase(" " + family + " ", "Aminata", "أميناتا", Sex.FEMALE,
                DateOfBirth.estimatedYear(1988), "ML"));

        MigrantCase read = service.find(saved.getId()).orElseThrow();
        assertEquals(family, read.getFamilyName());
        assertEquals("Aminata", read.getGivenNames());
        assertEquals("أميناتا", read.getArabicName());
        assertEquals(DateOfBirth.estimatedYear(1988), read.getDateOfBirth());
        assertEquals("ML", read.getNationality().strip());
        assertEquals(1, read.getVersion());
        assertNotNull(read.getCreatedAt());
    }

    @Test
    void invalidCaseSavesNothingAndNamesEveryField() {
        CaseFilter mine = new CaseFilter(family);
        NewCase bad = new NewCase(family, "", null, null, DateOfBirth.exact(LocalDate.of(2030, 1, 1)), "ZZ");

        ValidationException e = assertThrows(ValidationException.class, () -> service.register(bad));

        assertEquals(List.of(NewCase.DATE_OF_BIRTH, NewCase.GIVEN_NAMES, NewCase.NATIONALITY, NewCase.SEX),
                e.problems().stream().map(p -> p.field()).sorted().toList());
        assertEquals(0, service.count(mine));
    }

    @Test
    void typeAheadMatchesWordStartsIgnoringAccentsAndCase() throws Exception {
        service.register(new NewCase(family, "Aminata", null, Sex.FEMALE, DateOfBirth.estimatedYear(1990), "ML"));
        MigrantCase other = service.register(
                new NewCase(family + " Traoré", "Ousmane", null, Sex.MALE, DateOfBirth.estimatedYear(1985), "ML"));

        assertEquals(2, service.count(new CaseFilter(family.toUpperCase())));
        assertEquals(1, service.count(new CaseFilter(family + " ami")));
        assertEquals(1, service.count(new CaseFilter("TRAORE " + family)));
        assertEquals(0, service.count(new CaseFilter(family.substring(2))), "matches word starts only");
        assertEquals(1, service.count(new CaseFilter(other.getCaseNumber())));
        assertEquals(1, service.count(new CaseFilter(other.getCaseNumber().toLowerCase())));

        List<CaseRow> rows = service.page(new CaseFilter(family), 0, 10);
        assertEquals(List.of("Ousmane", "Aminata"), rows.stream().map(CaseRow::givenNames).toList(), "newest first");
        assertEquals(1, service.page(new CaseFilter(family), 1, 10).size(), "second page starts at the offset");
    }

    @Test
    void withoutACountryPluginTheNeutralPrefixIsUsed() throws Exception {
        CaseServiceImpl neutral = new CaseServiceImpl(emf, JUNE_2026, null);

        assertTrue(neutral.register(draft("Awa")).getCaseNumber().startsWith("HW-2026-"));
    }

    @Test
    void theDeclarativeServiceRegistersAndAnnouncesTheCase() throws Exception {
        CaseService wired = waitFor(CaseService.class);
        BlockingQueue<String> numbers = new ArrayBlockingQueue<>(10);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, CaseEvents.TOPIC_REGISTERED);
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class,
                event -> numbers.add((String) event.getProperty(CaseEvents.CASE_NUMBER)), props);
        try {
            MigrantCase saved = wired.register(draft("Hawa"));

            assertTrue(saved.getCaseNumber().startsWith("HW-"), "no country plugin in this runtime: "
                    + saved.getCaseNumber());
            assertEquals(saved.getCaseNumber(), numbers.poll(10, TimeUnit.SECONDS));
            assertEquals(1, wired.count(new CaseFilter(family)));
        } finally {
            handler.unregister();
        }
    }
}
