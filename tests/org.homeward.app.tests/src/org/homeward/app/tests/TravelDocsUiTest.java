package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
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
import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotCTabItem;
import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.BotText;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.Embassy;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.prefs.Preferences;

/**
 * Embassy tracking on the real workbench: a grouped request for a household of two, sent, issued with
 * an expiry date, the case then at TRAVEL_DOCS_OBTAINED; a request past its processing time shown late.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TravelDocsUiTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static Workbench workbench;
    private static HouseholdService households;
    private static TravelDocService docs;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
        households = Workbench.service(HouseholdService.class);
        docs = Workbench.service(TravelDocService.class);
    }

    /** A household of two Guineans (or {@code nationality}), consent to the embassy given, approved. */
    private static MigrantCase approved(String family, String nationality) throws Exception {
        MigrantCase c = workbench.cases.register(new NewCase(family, "Mariama", null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1992), nationality));
        households.addMember(c.getId(), new PersonDraft(family, "Alpha", null, null, Sex.MALE,
                DateOfBirth.estimatedYear(1989), nationality), Relationship.SPOUSE);
        Workbench.service(ConsentService.class).record(c.getId(), new ConsentInput(LocalDate.now(), "fr",
                EnumSet.of(Recipient.EMBASSY_OF_ORIGIN), null));
        Role before = TestAccounts.signInAs(Role.PROGRAMME_OFFICER); // approval is the programme officer's
        try {
            Workbench.service(EligibilityService.class).assess(c.getId(), new EligibilityCriteria(true, true, true,
                    true), EligibilityDecision.ELIGIBLE, null, null);
            CaseWorkflowService workflow = Workbench.service(CaseWorkflowService.class);
            c = workbench.cases.find(c.getId()).orElseThrow();
            c = workflow.transition(c.getId(), c.getVersion(), CaseStatus.ELIGIBILITY_ASSESSED, null);
            return workflow.transition(c.getId(), c.getVersion(), CaseStatus.APPROVED, null);
        } finally {
            TestAccounts.signInAs(before);
        }
    }

    private static CaseStatus status(MigrantCase c) {
        return workbench.cases.find(c.getId()).orElseThrow().getStatus();
    }

    @Test
    void aGroupedRequestIssuedWithAnExpiryDateMovesTheCaseToDocumentsObtained() throws Exception {
        String family = Workbench.uniqueFamilyName("Sow");
        MigrantCase c = approved(family, "GN");

        workbench.openFromList(family, c.getCaseNumber());
        Bot page = workbench.window.bot().page("Documents de voyage");
        BotTable persons = page.table(0);
        workbench.bot.waitUntil(() -> persons.rowCount() == 2, "the two persons of the household");
        persons.check(0);
        persons.check(1);
        // another screen changes the case meanwhile: the page reloads and keeps the persons ticked
        String departure = LocalDate.now().plusDays(60).format(DAY);
        docs.planDeparture(c.getId(), docs.plannedDeparture(c.getId()).version(), LocalDate.now().plusDays(60));
        BotText planned = page.textWithLabel("Départ prévu");
        workbench.bot.waitUntil(() -> departure.equals(planned.getText()), "the page reloaded with the departure");
        assertTrue(persons.isChecked(0) && persons.isChecked(1), "both persons still ticked after the reload");
        page.button("Demander les documents").click();
        BotTable requests = page.tableWithColumn("Référence");
        workbench.bot.waitUntil(() -> requests.rowCount() == 1, "the request in the case's requests");
        assertEquals("2", requests.cell(0, 3), "one request for both persons");
        assertEquals("Brouillon", requests.cell(0, 2));

        String reference = requests.cell(0, 0);
        requests.select(0);
        page.button("Ouvrir la demande").click();
        BotCTabItem tab = workbench.window.bot().cTabItem(reference);
        Bot editor = tab.activate().bot();
        editor.waitUntil(() -> editor.labelContaining("Statut : ").getText().startsWith("Statut : Brouillon"),
                "the draft request loaded in its editor");
        BotText asked = editor.textWithLabel("Documents envoyés");
        // the procedure's documents are the hint of the documents sent (waits for it, fails when absent)
        editor.textWithMessage("L'ambassade demande : Photos, Copies des pièces d'identité");
        assertEquals("", asked.getText());
        editor.comboBoxWithLabel("Passer à :").setSelection("Envoyée");
        editor.button("Appliquer").click();
        editor.waitUntil(() -> editor.labelContaining("Statut : ").getText().startsWith("Statut : Envoyée"),
                "the request sent, in its editor");
        workbench.bot.waitUntil(() -> status(c) == CaseStatus.TRAVEL_DOCS_REQUESTED,
                "the case at TRAVEL_DOCS_REQUESTED");

        editor.button("Documents délivrés…").click();
        BotShell dialog = workbench.bot.shell("Documents délivrés");
        String expiry = LocalDate.now().plusDays(45).format(DAY);
        dialog.bot().textWithLabel("Expire le").setText(expiry);
        dialog.bot().textWithLabel("N° pour Mariama " + family).setText("LP-2026-0411");
        dialog.bot().button("Enregistrer").click();
        String refused = dialog.bot().labelContaining("obligatoire").getText();
        assertTrue(refused.contains("Alpha " + family), "the missing number is named: " + refused);
        assertEquals(CaseStatus.TRAVEL_DOCS_REQUESTED, status(c), "nothing saved half-way");
        dialog.bot().textWithLabel("N° pour Alpha " + family).setText("LP-2026-0412");
        dialog.bot().button("Enregistrer").click();
        workbench.bot.waitUntil(() -> !dialog.isOpen(), "the documents recorded");

        workbench.bot.waitUntil(() -> status(c) == CaseStatus.TRAVEL_DOCS_OBTAINED, "the case at TRAVEL_DOCS_OBTAINED");
        editor.waitUntil(() -> editor.labelContaining("Statut : ").getText().startsWith("Statut : Délivrée"),
                "the request shown issued in its editor");
        BotTable issued = editor.tableWithColumn("Expire le");
        workbench.bot.waitUntil(() -> issued.indexOf("LP-2026-0412", 3) >= 0, "the numbers in the persons' table");
        assertEquals(expiry, issued.cell(issued.indexOf("LP-2026-0412", 3), 5));
        workbench.bot.waitUntil(() -> "Délivrée".equals(requests.cell(0, 2)), "the case page shows it issued");

        editor.textWithLabel("Référence de l'ambassade").setText("AMB/GN/2026/77");
        workbench.bot.waitUntil(() -> tab.getText().startsWith("*"), "the editor marked dirty: " + tab.getText());
        editor.button("Enregistrer").click();
        long id = requestIdOf(reference);
        workbench.bot.waitUntil(() -> "AMB/GN/2026/77".equals(docs.request(id, LocalDate.now()).orElseThrow()
                .request().getTheirReference()), "the embassy's reference saved");
        workbench.bot.waitUntil(() -> !tab.getText().startsWith("*"), "the editor clean again: " + tab.getText());

        editor.button("Ajouter").click();
        String empty = editor.labelContaining("obligatoire").getText();
        assertTrue(empty.startsWith("Résumé"), "the empty summary is named: " + empty);
        editor.textWithLabel("Résumé").setText("Laissez-passer retirés au consulat par l'assistante");
        editor.button("Ajouter").click();
        BotTable log = editor.tableWithColumn("Sens");
        workbench.bot.waitUntil(() -> log.rowCount() == 1, "the exchange in the request's correspondence");
        assertEquals("Laissez-passer retirés au consulat par l'assistante", log.cell(0, 3));
    }

    /**
     * The letter to the embassy is part of the case file: generated from the request's editor, it is
     * listed among the case's documents and opens from there (read from the database, as after a
     * restart), from a copy only the user can read.
     */
    @Test
    void aGeneratedLetterIsListedOnTheCaseAndOpensFromTheCaseFile() throws Exception {
        String family = Workbench.uniqueFamilyName("Diallo");
        MigrantCase c = approved(family, "GN");
        List<Long> persons = households.members(c.getId()).stream().map(p -> p.getId()).toList();
        TravelDocRequest r = docs.create(Workbench.service(EmbassyService.class).of("GN").get(0).getId(), persons,
                Channel.LETTER);
        String file = r.getOurReference() + "-fr.pdf";

        workbench.openFromList(family, c.getCaseNumber());
        Bot page = workbench.window.bot().page("Documents de voyage");
        BotTable requests = page.tableWithColumn("Référence");
        workbench.bot.waitUntil(() -> requests.rowCount() == 1, "the request in the case's requests");
        requests.select(0);
        page.button("Ouvrir la demande").click();
        BotCTabItem tab = workbench.window.bot().cTabItem(r.getOurReference());
        Bot editor = tab.activate().bot();
        editor.button("Générer la lettre").click();
        try {
            editor.labelContaining("Lettre produite et classée dans le dossier");
        } catch (org.homeward.tests.ui.driver.TimeoutException e) {
            throw new AssertionError(e.getMessage() + Letters.threads(), e);
        }
        Letters.dismissNoProgram(workbench);
        Letters.deleteCopies();

        workbench.caseEditor(c.getCaseNumber());
        Bot attachments = workbench.window.bot().page("Pièces jointes");
        BotTable documents = attachments.tableWithColumn("Fichier");
        String title = "Lettre de demande de laissez-passer à l'ambassade : Guinée (français, version 1)";
        workbench.bot.waitUntil(() -> documents.indexOf(title, 1) >= 0, "the letter listed on the case: " + title);
        documents.select(documents.indexOf(file, 2));
        attachments.button("Ouvrir").click();
        Letters.dismissNoProgram(workbench);
        long kept = Workbench.service(AttachmentService.class).attachments(c.getId()).stream()
                .filter(a -> a.getFileName().equals(file)).findFirst().orElseThrow().getId();
        java.nio.file.Path copy = Letters.copyOf("attachment-" + kept + ".pdf", workbench);
        assertEquals("%PDF-", new String(java.nio.file.Files.readAllBytes(copy), 0, 5,
                java.nio.charset.StandardCharsets.US_ASCII), "the PDF letter as it was kept: " + copy);
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(copy.getParent())), "in a folder only the user can read");
    }

    private static long requestIdOf(String reference) {
        return docs.requests(LocalDate.now()).stream().filter(r -> reference.equals(r.request().getOurReference()))
                .findFirst().orElseThrow().request().getId();
    }

    @Test
    void aRequestPastItsProcessingTimeShowsLateInTheEmbassyTracking() throws Exception {
        String family = Workbench.uniqueFamilyName("Ndiaye");
        MigrantCase c = approved(family, "SN");
        List<Long> persons = households.members(c.getId()).stream().map(p -> p.getId()).toList();
        long embassy = Workbench.service(EmbassyService.class).of("SN").get(0).getId();
        TravelDocRequest r = docs.create(embassy, persons, Channel.LETTER);
        r = docs.changeStatus(r.getId(), r.getVersion(), RequestStatus.SENT, LocalDate.now().minusDays(40), null);
        String reference = r.getOurReference();

        // the count shows in the part's title, kept by an add-on even before the part is first shown
        BotCTabItem tab = workbench.window.bot().cTabItemStartingWith("Ambassades");
        workbench.bot.waitUntil(() -> tab.getText().matches("Ambassades \\([1-9]\\d* en retard, \\d+ à vérifier\\)"),
                "the late request counted in the Embassies title, seen: " + tab.getText());
        Bot tracking = tab.activate().bot();
        tracking.button("Actualiser").click();
        BotTable table = tracking.tableWithColumn("En retard");
        workbench.bot.waitUntil(() -> table.indexOf(reference, 1) >= 0, "request " + reference + " in the tracking");
        int row = table.indexOf(reference, 1);
        assertEquals("oui", table.cell(row, 6));
        assertEquals("40", table.cell(row, 4), "age in days since it was sent");
        assertTrue(tab.getText().matches("Ambassades \\([1-9]\\d* en retard, \\d+ à vérifier\\)"), tab.getText());

        table.doubleClick(row);
        Bot editor = workbench.window.bot().cTabItem(reference).activate().bot();
        editor.waitUntil(() -> editor.labelContaining("Statut : ").getText().contains("EN RETARD"),
                "the editor of the late request says it is late");
    }

    @Test
    void aConsulateIsAddedToTheDirectoryAndABadCountryCodeIsNamed() throws Exception {
        TestAccounts.as(Role.OPERATIONS_OFFICER, this::consulateAdded); // the directory is the officers'
    }

    private void consulateAdded() throws Exception {
        EmbassyService directoryService = Workbench.service(EmbassyService.class);
        Bot tracking = workbench.window.bot().cTabItemStartingWith("Ambassades").activate().bot();
        tracking.button("Annuaire des ambassades…").click();
        BotShell directory = workbench.bot.shell("Annuaire des ambassades");
        String city = "Dakhla " + Workbench.uniqueFamilyName("Q");
        directory.bot().textWithMessage("pays").setText("Sénégal");
        directory.bot().textWithMessage("Ville").setText(city);
        directory.bot().button("Ajouter").click();
        String refused = directory.bot().labelContaining("ISO").getText();
        assertTrue(refused.startsWith("Pays"), "the country field is named: " + refused);
        assertTrue(directoryService.of("SN").stream().noneMatch(e -> city.equals(e.getCity())),
                "nothing saved");

        directory.bot().textWithMessage("pays").setText("sn");
        directory.bot().comboBox(0).setSelection("consulat");
        directory.bot().button("Ajouter").click();
        workbench.bot.waitUntil(() -> directoryService.of("SN").stream()
                .anyMatch(e -> city.equals(e.getCity()) && e.getKind() == Embassy.Kind.CONSULATE),
                "the consulate in the directory");
        assertTrue(directory.bot().labelContaining("Représentation ajoutée").getText().contains("adresse"),
                "the user is told to complete it");
        directory.bot().button("Fermer").click();
    }
}
