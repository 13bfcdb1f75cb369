package org.homeward.movements.core.internal;

import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.EligibilityService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.model.service.VulnerabilityService;
import org.homeward.common.authorities.Authority;
import org.homeward.common.authorities.AuthorityDirectory;
import org.homeward.common.office.OfficeProfile;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Role;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingDraft;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotifyRecipient;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.homeward.movements.model.service.PlacesDirectory;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.Preferences;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManagerFactory;

/**
 * Cases ready to travel on the real database with the DS case and travel-document services, and the
 * movements services built on them, as the departure tests need them.
 */
final class Fixtures {

    /** An operations officer: keeps the directories (missions, airports) and the mail server. */
    static final CurrentUser OFFICER = new CurrentUser() {

        @Override
        public String name() {
            return "omar.officer";
        }

        @Override
        public Role role() {
            return Role.OPERATIONS_OFFICER;
        }
    };

    static final CurrentUser ASSISTANT = new CurrentUser() {

        @Override
        public String name() {
            return "awa.assistant";
        }

        @Override
        public Role role() {
            return Role.OPERATIONS_ASSISTANT;
        }
    };

    /** The Rabat office, as the Morocco plugin describes it. */
    static final OfficeProfile OFFICE = new OfficeProfile() {

        @Override
        public String caseNumberPrefix() {
            return "RBA";
        }

        @Override
        public String countryCode() {
            return "MA";
        }

        @Override
        public String officeName() {
            return "Bureau de Rabat";
        }

        @Override
        public String city() {
            return "Rabat";
        }
    };

    /** One ministry to tell of departures, as an office plugin declares it. */
    static final AuthorityDirectory MINISTRY = () -> List.of(new Authority("Ministère de l'Intérieur",
            "Direction de la Migration et de la Surveillance des Frontières", "Liste des partants", "Courriel"));

    static final Preferences USER = InstanceScope.INSTANCE.getNode("org.homeward.common");

    final EntityManagerFactory emf;
    final CaseService cases;
    final HouseholdService households;
    final VulnerabilityService screening;
    final ConsentService consents;
    final CaseWorkflowService workflow;
    final TravelDocService documents;
    final AttachmentService attachments;
    final AuditService audit;
    final PlacesDirectory places;
    final BookingServiceImpl bookings;
    final DepartureServiceImpl departures;
    final RecipientDirectoryImpl directory;
    final LocalDate day = LocalDate.now().plusDays(14);

    Fixtures() throws Exception {
        emf = service(EntityManagerFactory.class);
        cases = service(CaseService.class);
        households = service(HouseholdService.class);
        screening = service(VulnerabilityService.class);
        consents = service(ConsentService.class);
        workflow = service(CaseWorkflowService.class);
        documents = service(TravelDocService.class);
        attachments = service(AttachmentService.class);
        audit = service(AuditService.class);
        TestAccounts.signInAs(Role.PROGRAMME_OFFICER); // who may approve the test cases
        places = service(PlacesDirectory.class);
        bookings = new BookingServiceImpl(emf, cases, households, screening, documents, audit, ASSISTANT, places,
                Clock.systemDefaultZone());
        departures = new DepartureServiceImpl(emf, cases, workflow, documents,
                new Manifests(emf, cases, households, screening, new HeldDocuments(households, documents), places),
                audit,
                ASSISTANT, Clock.systemDefaultZone());
        directory = new RecipientDirectoryImpl(emf, OFFICER);
    }

    /** The notification service with {@code mailer} and {@code clock}, the office and ministry above. */
    NotificationServiceImpl notifications(Mailer mailer, Clock clock) {
        return new NotificationServiceImpl(emf, departures, bookings, consents, screening, directory,
                List.of(MINISTRY), OFFICE, audit, ASSISTANT, mailer, OfficeDocuments.none(), clock);
    }

    DepartureDocumentsImpl documents() {
        return documents(OfficeDocuments.none());
    }

    /** The documents with what an office plugin adds (its wording, its forms). */
    DepartureDocumentsImpl documents(OfficeDocuments plugins) {
        return new DepartureDocumentsImpl(emf, departures, bookings, attachments, directory, OFFICE, ASSISTANT,
                plugins);
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(FrameworkUtil.getBundle(Fixtures.class).getBundleContext(),
                type, null);
        t.open();
        T found = t.waitForService(60_000);
        assertNotNull(found, type.getSimpleName());
        return found;
    }

    static String family() {
        return "Camara" + new Random().ints(5, 'a', 'z' + 1).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append);
    }

    /** A registered case, approved, consenting to the mission and the authorities with {@code details}. */
    MigrantCase approvedCase(String family, String given, Set<ConsentDetail> details) throws Exception {
        MigrantCase c = cases.register(new NewCase(family, given, null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1994), "GN"));
        consents.record(c.getId(), new ConsentService.ConsentInput(LocalDate.now(), "fr",
                EnumSet.of(Recipient.EMBASSY_OF_ORIGIN, Recipient.MISSION_OF_ORIGIN, Recipient.HOST_AUTHORITIES),
                details, null));
        service(EligibilityService.class).assess(c.getId(), new EligibilityCriteria(true, true, true, true),
                EligibilityDecision.ELIGIBLE, null, null);
        MigrantCase now = cases.find(c.getId()).orElseThrow();
        now = workflow.transition(now.getId(), now.getVersion(), CaseStatus.ELIGIBILITY_ASSESSED, null);
        now = workflow.transition(now.getId(), now.getVersion(), CaseStatus.APPROVED, null);
        for (Person p : households.members(c.getId())) {
            households.addDocument(p.getId(), DocumentKind.PASSPORT, "R" + p.getId(), "GN", day.plusYears(2));
        }
        return now;
    }

    Person principal(MigrantCase c) {
        return households.members(c.getId()).get(0);
    }

    /** Rabat to Conakry through Istanbul on {@link #day}, the second flight landing after midnight. */
    BookingDraft toConakry(String pnr, Person... persons) {
        LocalDateTime at = day.atTime(9, 0);
        return new BookingDraft(pnr, "Agence Atlas", new BigDecimal("4200.00"), new BigDecimal("850.00"), "MAD", "UE",
                "AVRR-MA-2026", null, List.of(
                        new BookingDraft.SegmentDraft("TK", "618", "RBA", "IST", at, at.plusHours(6).plusMinutes(50)),
                        new BookingDraft.SegmentDraft("TK", "545", "IST", "CKY", at.plusHours(12),
                                at.plusHours(17).plusMinutes(40))),
                java.util.Arrays.stream(persons).map(p -> new BookingDraft.PassengerDraft(p.getId(), null, null))
                        .toList());
    }

    /** A booking of the persons, ticketed. */
    Booking ticketed(String pnr, Person... persons) throws Exception {
        Booking b = bookings.book(toConakry(pnr, persons));
        Map<Long, String> tickets = new HashMap<>();
        for (Person p : persons) {
            tickets.put(p.getId(), "235-" + (2400000000L + p.getId()));
        }
        return bookings.ticket(b.getId(), b.getVersion(), tickets);
    }

    /** The missions of Guinea (origin) and Türkiye (transit), once. */
    void missions(String guineaEmail, String turkeyEmail) throws Exception {
        if (directory.find(NotificationKind.MISSION_OF_ORIGIN, "GN").isEmpty()) {
            directory.save(new NotifyRecipient(null, 0, NotificationKind.MISSION_OF_ORIGIN, "GN", null,
                    "Mission de Conakry", guineaEmail, "M. Diallo, +224 620 00 00 00"));
            directory.save(new NotifyRecipient(null, 0, NotificationKind.TRANSIT_MISSION, "TR", null,
                    "Mission d'Istanbul", turkeyEmail, null));
            directory.save(new NotifyRecipient(null, 0, NotificationKind.HOST_AUTHORITY, "MA",
                    "Ministère de l'Intérieur", "Ministère de l'Intérieur", "dmsf@interieur.example", null));
        }
    }

    /** The text LibreOffice (headless, as installed by .ci/run) reads from an ODT document. */
    static String libreOfficeText(byte[] odt) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("homeward-odt");
        try {
            Path file = Files.write(dir.resolve("document.odt"), odt);
            Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir.toString(),
                    file.toString()).redirectErrorStream(true).start();
            String said;
            try (InputStream in = p.getInputStream()) {
                said = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
            assertEquals(0, p.exitValue(), said);
            Path text = dir.resolve("document.txt");
            assertTrue(Files.exists(text), "LibreOffice converted the document: " + said);
            return Files.readString(text, StandardCharsets.UTF_8);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }

    static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("homeward-test", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text;
            try (InputStream in = p.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdftotext finished");
            assertEquals(0, p.exitValue(), text);
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
