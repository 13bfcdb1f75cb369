package org.homeward.app.tests;

import org.homeward.common.security.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.cases.model.service.EligibilityService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.tests.login.TestAccounts;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingDraft;
import org.homeward.movements.model.BookingStatus;
import org.homeward.movements.model.Departure;
import org.homeward.movements.model.Notification;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotifyRecipient;
import org.homeward.movements.model.service.BookingService;
import org.homeward.movements.model.service.DepartureService;
import org.homeward.movements.model.service.NotificationService;
import org.homeward.movements.model.service.RecipientDirectory;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.prefs.Preferences;

/**
 * Ticketing and departures on the real workbench, as the assistant works them: a flight booked and
 * ticketed for a household of three from its Flights page; a departure built in the Departures part
 * with that household and another case; checks, notifications, and the day's confirmation with one
 * case boarded and the other absent.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DeparturesUiTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static Workbench workbench;
    private static HouseholdService households;
    private static BookingService bookings;

    private static org.eclipse.swt.graphics.Point before;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
        before = workbench.window.size();
        workbench.window.resize(1366, 768); // the usual office laptop
        households = Workbench.service(HouseholdService.class);
        bookings = Workbench.service(BookingService.class);
        TestAccounts.as(Role.OPERATIONS_OFFICER, DeparturesUiTest::missions); // the directory is the officers'
    }

    private static void missions() throws Exception {
        RecipientDirectory directory = Workbench.service(RecipientDirectory.class);
        if (directory.find(NotificationKind.MISSION_OF_ORIGIN, "GN").isEmpty()) {
            directory.save(new NotifyRecipient(null, 0, NotificationKind.MISSION_OF_ORIGIN, "GN", null,
                    "Mission de Conakry", "conakry@mission.example", "M. Diallo"));
        }
        if (directory.find(NotificationKind.TRANSIT_MISSION, "TR").isEmpty()) {
            directory.save(new NotifyRecipient(null, 0, NotificationKind.TRANSIT_MISSION, "TR", null,
                    "Mission d'Istanbul", "istanbul@mission.example", null));
        }
    }

    private static MigrantCase approved(String family, String... givenNames) throws Exception {
        return ApprovedCases.approved(workbench, family, "GN", givenNames);
    }

    private static CaseStatus status(MigrantCase c) {
        return workbench.cases.find(c.getId()).orElseThrow().getStatus();
    }

    @Test
    void aHouseholdBookedOnScreenAndAnotherCaseDepartOneBoardsTheOtherIsAbsent() throws Exception {
        LocalDate day = LocalDate.now().plusDays(21);
        String family = Workbench.uniqueFamilyName("Bah");
        MigrantCase household = approved(family, "Aissatou", "Ibrahima", "Kadiatou");
        String other = Workbench.uniqueFamilyName("Barry");
        MigrantCase single = approved(other, "Mamadou");
        Person alone = households.members(single.getId()).get(0);
        String pnrA = "H" + household.getId() % 100000;
        String pnrB = "S" + single.getId() % 100000;
        Booking b = bookings.book(new BookingDraft(pnrB, "Agence Atlas", new BigDecimal("4200.00"), null, "MAD",
                null, null, null, List.of(
                        new BookingDraft.SegmentDraft("TK", "618", "RBA", "IST", day.atTime(9, 0),
                                day.atTime(15, 50)),
                        new BookingDraft.SegmentDraft("TK", "545", "IST", "CKY", day.atTime(21, 0),
                                LocalDateTime.of(day.plusDays(1), java.time.LocalTime.of(2, 40)))),
                List.of(new BookingDraft.PassengerDraft(alone.getId(), null, null))));
        bookings.ticket(b.getId(), b.getVersion(), Map.of(alone.getId(), "235-7700000001"));

        // the household's flights booked and ticketed from its Flights page
        workbench.openFromList(family, household.getCaseNumber());
        Bot page = workbench.window.bot().page("Vols");
        page.button("Réserver un vol…").click();
        BotShell book = workbench.bot.shell("Nouvelle réservation (option)");
        for (String given : List.of("Aissatou", "Ibrahima", "Kadiatou")) {
            assertTrue(book.bot().checkBox(given + " " + family).isChecked(), given + " travels");
        }
        book.bot().textWithLabel("PNR").setText(pnrA);
        book.bot().textWithLabel("Agence").setText("Agence Atlas");
        book.bot().textWithLabel("Tarif").setText("12600,00");
        book.bot().textWithLabel("Bailleur").setText("UE");
        book.bot().textWithLabel("Code projet").setText("AVRR-MA-2026");
        String until = LocalDateTime.now().plusHours(20).format(DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm"));
        book.bot().textWithLabel("Option jusqu'au").setText(until);
        book.bot().textWithLabel("Vols, un par ligne : compagnie, numéro, départ, arrivée, date et heure locales"
                + " de départ puis d’arrivée.").setText("TK 618 RBA IST " + DAY.format(day) + " 09:00 "
                        + DAY.format(day) + " 15:50\nTK 545 IST CKY " + DAY.format(day) + " 21:00 "
                        + DAY.format(day.plusDays(1)) + " 02:40");
        picture("1-booking");
        book.bot().button("Valider").click();
        BotTable flights = page.tableWithColumn("PNR");
        workbench.bot.waitUntil(() -> flights.rowCount() == 1, "the option on the Flights page");
        assertEquals("Option", flights.cell(0, 1));
        assertEquals("3", flights.cell(0, 4), "three passengers");
        assertEquals(until, flights.cell(0, 5));
        var mainTab = workbench.window.bot().cTabItemStartingWith("Départs");
        workbench.bot.waitUntil(() -> mainTab.getText().contains("1 option(s) à échéance"),
                "the option lapsing within a day counted in the main window, reads " + mainTab.getText());
        flights.select(0);
        page.button("Émettre les billets…").click();
        BotShell ticket = workbench.bot.shell("Émission des billets");
        int n = 1;
        for (String given : List.of("Aissatou", "Ibrahima", "Kadiatou")) {
            ticket.bot().textWithLabel(given + " " + family).setText("235-77000001" + n++);
        }
        picture("2-tickets");
        ticket.bot().button("Valider").click();
        workbench.bot.waitUntil(() -> "Billet émis".equals(flights.cell(0, 1)), "the booking ticketed");
        workbench.bot.waitUntil(() -> !mainTab.getText().contains("option(s) à échéance"),
                "no option left to ticket, reads " + mainTab.getText());
        assertEquals("AVRR-MA-2026", bookings.bookingsOf(household.getId()).get(0).getProjectCode());

        // both bookings put on one departure in the Departures part
        Bot part = workbench.window.bot().cTabItemStartingWith("Départs").activate().bot();
        Bot issued = part.cTabItem("Réservations en cours").activate().bot();
        BotTable open = issued.tableWithColumn("Agence");
        workbench.bot.waitUntil(() -> open.indexOf(pnrA, 0) >= 0 && open.indexOf(pnrB, 0) >= 0,
                "both bookings among the open bookings");
        open.select(open.indexOf(pnrA, 0), open.indexOf(pnrB, 0));
        issued.button("Créer le départ…").click();
        BotShell plan = workbench.bot.shell("Nouveau départ");
        String label = "TK618 " + family;
        plan.bot().textWithLabel("Date").setText(DAY.format(day));
        plan.bot().textWithLabel("Départ").setText(label);
        plan.bot().button("Valider").click();
        assertEquals(CaseStatus.DEPARTURE_SCHEDULED, awaitStatus(household, CaseStatus.DEPARTURE_SCHEDULED));

        Bot tab = part.cTabItem("Départs").activate().bot();
        BotTable list = tab.tableWithColumn("Type");
        workbench.bot.waitUntil(() -> list.indexOf(label, 1) >= 0, "the departure listed");
        list.select(list.indexOf(label, 1));
        BotTable manifest = tab.tableWithColumn("Embarquement");
        workbench.bot.waitUntil(() -> manifest.rowCount() == 4, "four passengers on the manifest");
        manifest.select(0, 1, 2, 3);
        tab.button("Documents remis, apte à voyager").click();
        workbench.bot.waitUntil(() -> manifest.column(manifest.columnIndex("Contrôles")).stream()
                .allMatch("documents, apte"::equals), "the four passengers checked");

        assertEquals(List.of(), tab.unreachable(), "what a 1366x768 screen cuts off in the Departures part");
        picture("3-manifest");
        tab.button("Notifier le départ").click();
        Departure departure = Workbench.service(DepartureService.class).departuresOf(single.getId()).get(0);
        NotificationService outbox = Workbench.service(NotificationService.class);
        workbench.bot.waitUntil(() -> !outbox.ofDeparture(departure.getId()).isEmpty(), "the letters queued");
        List<Notification> letters = outbox.ofDeparture(departure.getId());
        assertTrue(letters.stream().anyMatch(l -> l.getKind() == NotificationKind.MISSION_OF_ORIGIN
                && l.getRecipientName().equals("Mission de Conakry")), "the mission of origin is told");
        assertTrue(letters.stream().anyMatch(l -> l.getKind() == NotificationKind.TRANSIT_MISSION
                && l.getRecipientName().equals("Mission d'Istanbul")), "the transit mission is told");
        assertTrue(letters.stream().anyMatch(l -> l.getKind() == NotificationKind.HOST_AUTHORITY),
                "the ministries are told");

        // the documents, prepared as a task: the declaration names the programme, the border list is kept
        tab.button("Préparer les documents").click();
        part.labelContaining("document(s) préparé(s)");
        AttachmentService files = Workbench.service(AttachmentService.class);
        List<Attachment> kept = files.attachments(household.getId());
        assertTrue(kept.stream().anyMatch(x -> "ma.border-list".equals(x.getDocumentType())),
                "the Morocco plugin's border list in the case file");
        Attachment declaration = kept.stream().filter(x -> "movements.declaration".equals(x.getDocumentType())
                && x.getFileName().endsWith(".pdf")).findFirst().orElseThrow();
        String text = pdftotext(files.content(declaration.getId()));
        assertTrue(text.contains("depuis le Maroc") && text.contains("Aissatou " + family), text);

        // the day: the household boards, the other case does not come
        tab.button("Confirmer le jour du départ…").click();
        BotShell day0 = workbench.bot.shell("Jour du départ");
        BotTable boarding = day0.bot().tableWithColumn("Raison de l’absence");
        assertEquals(4, boarding.rowCount());
        int absent = boarding.indexOf("Mamadou " + other, 1);
        boarding.uncheck(absent);
        boarding.select(absent);
        day0.bot().textWithLabel("Raison de l’absence").setText("Hospitalisé la veille");
        picture("4-day-of-departure");
        day0.bot().button("Valider").click();

        assertEquals(CaseStatus.DEPARTED, awaitStatus(household, CaseStatus.DEPARTED));
        assertEquals(CaseStatus.NO_SHOW, awaitStatus(single, CaseStatus.NO_SHOW));
        workbench.bot.waitUntil(() -> manifest.column(manifest.columnIndex("Embarquement")).stream()
                .filter(s -> s.equals("Embarqué")).count() == 3, "three boarded on the manifest");
        assertEquals("Absent (Hospitalisé la veille)",
                manifest.cell(manifest.indexOf("Mamadou " + other, 1), manifest.columnIndex("Embarquement")));
        assertEquals(BookingStatus.NO_SHOW, bookings.bookingsOf(single.getId()).get(0).getStatus());
        workbench.caseEditor(household.getCaseNumber());
        Bot flightsPage = workbench.window.bot().page("Vols");
        flightsPage.labelContaining("Sur le départ « " + label + " » du " + DAY.format(day) + " (confirmé).");
        workbench.bot.waitUntil(() -> "Volé".equals(flights.cell(0, 1)), "the household's booking flown");

        // the agency refunds the absent case's ticket: set from the case's Flights page
        workbench.window.bot().cTabItem("Dossiers").activate();
        workbench.openFromList(other, single.getCaseNumber());
        Bot singlePage = workbench.window.bot().page("Vols");
        BotTable singleFlights = singlePage.tableWithColumn("PNR");
        workbench.bot.waitUntil(() -> "Non présenté".equals(singleFlights.cell(0, 1)), "the booking of the absent");
        singleFlights.select(0);
        singlePage.button("Changer le statut…").click();
        BotShell move = workbench.bot.shell("Statut de la réservation");
        move.bot().comboBox(0).setSelection("Remboursée");
        move.bot().button("Valider").click();
        workbench.bot.waitUntil(() -> "Remboursée".equals(singleFlights.cell(0, 1)), "the ticket refunded");

        // back to schedulable: the absent case gets a new booking, ticketed
        Booking again = bookings.book(new BookingDraft("R" + pnrB, "Agence Atlas", null, null, "MAD", null, null,
                null, List.of(new BookingDraft.SegmentDraft("TK", "618", "RBA", "IST", day.plusDays(7).atTime(9, 0),
                        day.plusDays(7).atTime(15, 50))),
                List.of(new BookingDraft.PassengerDraft(alone.getId(), null, null))));
        assertEquals(BookingStatus.TICKETED, bookings.ticket(again.getId(), again.getVersion(),
                Map.of(alone.getId(), "235-7700000009")).getStatus());

        // the queued letters in the outbox
        mainTab.activate();
        Bot letterTab = part.cTabItem("Notifications").activate().bot();
        BotTable queued = letterTab.tableWithColumn("Destinataire");
        for (Notification l : letters) {
            workbench.bot.waitUntil(() -> queued.indexOf(l.getRecipientName(), 0) >= 0,
                    l.getRecipientName() + " in the outbox");
        }
        int row = queued.indexOf("Mission de Conakry", 0);
        assertEquals("en attente", queued.cell(row, 1), "no mail server here: the letter waits");
        picture("5-outbox");
    }

    @org.junit.jupiter.api.AfterAll
    static void back() {
        workbench.window.resize(before.x, before.y);
        workbench.window.bot().cTabItem("Dossiers").activate(); // the case list, for the other tests
    }

    /** A picture of the screen for the reviewer, under the build's screenshots folder. */
    private static void picture(String name) throws java.io.IOException {
        String folder = System.getProperty("homeward.screenshots");
        if (folder != null) {
            workbench.bot.captureScreenshot(java.nio.file.Path.of(folder, "departures-" + name + ".png"));
        }
    }

    private static String pdftotext(byte[] pdf) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("homeward-ui-test", ".pdf");
        try {
            java.nio.file.Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true)
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), text);
            return text;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private static CaseStatus awaitStatus(MigrantCase c, CaseStatus expected) {
        workbench.bot.waitUntil(() -> status(c) == expected, "case " + c.getCaseNumber() + " at " + expected
                + ", is " + status(c));
        return status(c);
    }
}
