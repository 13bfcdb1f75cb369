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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.homeward.cases.model.AuditEntry;
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
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

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
        context = TestDatabase.context();
        emf = TestDatabase.emf();
    }

    @BeforeEach
    void freshOffice() {
        prefix = "T" + TestDatabase.letters(4).toUpperCase();
        family = "Camara" + TestDatabase.letters(6);
        service = new CaseServiceImpl(emf, JUNE_2026, office(prefix), TestUser.ASSISTANT);
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
                Clock.fixed(Instant.parse("2027-01-02T08:00:00Z"), ZoneOffset.UTC), office(prefix), TestUser.ASSISTANT);
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
    void registrationStartsTheHistoryAndTheAuditTrail() throws Exception {
        MigrantCase saved = service.register(draft("Awa"));

        List<AuditEntry> trail = service.auditTrail(saved.getId());
        assertTrue(trail.stream().allMatch(a -> a.getUserName().equals("awa.assistant")), "recorded as the user");
        assertEquals(family, trail.stream().filter(a -> NewCase.FAMILY_NAME.equals(a.getField())).findFirst()
                .orElseThrow().getNewValue());
        assertEquals(1, trail.stream().filter(a -> a.getAction() == AuditEntry.Action.STATUS).count());
        assertEquals("CI", trail.stream().filter(a -> NewCase.NATIONALITY.equals(a.getField())).findFirst()
                .orElseThrow().getNewValue());
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
        CaseServiceImpl neutral = new CaseServiceImpl(emf, JUNE_2026, null, TestUser.ASSISTANT);

        assertTrue(neutral.register(draft("Awa")).getCaseNumber().startsWith("HW-2026-"));
    }

    @Test
    void theDeclarativeServiceRegistersAndAnnouncesTheCase() throws Exception {
        CaseService wired = TestDatabase.waitFor(CaseService.class);
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
