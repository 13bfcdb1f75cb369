package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDetails;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotCTabItem;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's details edited in the case editor (dirty mark, File > Save, refusals, a concurrent
 * change), a scan attached, and a next action that shows in "My follow-ups".
 */
@ExtendWith(ScreenshotOnFailure.class)
class CaseDetailsUiTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static Workbench workbench;
    private static HouseholdService households;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
        households = Workbench.service(HouseholdService.class);
    }

    private MigrantCase register(String family) throws Exception {
        return workbench.cases.register(new NewCase(family, "Mariama", null, Sex.FEMALE,
                DateOfBirth.exact(LocalDate.of(1994, 5, 20)), "GN"));
    }

    private Person principal(MigrantCase c) {
        return households.members(c.getId()).get(0);
    }

    @Test
    void detailsAreSavedWithFileSaveAndAConcurrentChangeIsAConflictNotAnOverwrite() throws Exception {
        String family = Workbench.uniqueFamilyName("Diallo");
        MigrantCase c = register(family);
        Bot editor = workbench.openFromList(family, c.getCaseNumber());
        BotCTabItem tab = workbench.window.bot().cTabItem(c.getCaseNumber());
        workbench.window.bot().page("Foyer");

        // a phone that is not one: refused, naming the field, nothing saved
        editor.textWithLabel("Téléphone").setText("appelez-moi");
        workbench.bot.waitUntil(() -> tab.getText().startsWith("*"), "the editor to show unsaved changes");
        workbench.window.bot().menu("Fichier").menu("Enregistrer").click();
        String refused = editor.labelContaining("Téléphone :").getText();
        assertTrue(refused.contains("chiffres"), refused);
        assertEquals(null, principal(c).getDetails().phone());
        assertTrue(tab.getText().startsWith("*"), "still unsaved: " + tab.getText());

        editor.textWithLabel("Téléphone").setText("+212 6 61 23 45 67");
        editor.textWithLabel("Ville de résidence").setText("Rabat");
        editor.textWithLabel("Entrée dans le pays").setText("02/09/2023");
        workbench.window.bot().menu("Fichier").menu("Enregistrer").click();
        workbench.bot.waitUntil(() -> "Rabat".equals(principal(c).getDetails().cityOfResidence()),
                "the details to be saved by File > Save");
        workbench.bot.waitUntil(() -> !tab.getText().startsWith("*"), "the editor to be clean once saved");
        assertEquals(LocalDate.of(2023, 9, 2), principal(c).getDetails().entryDate());

        // another workbench changes the person while this one edits it
        workbench.bot.waitUntil(
                () -> editor.textWithLabel("Ville de résidence").getText().equals("Rabat")
                        && principal(c).getVersion() > 1,
                "the saved details to be shown again");
        Person before = principal(c);
        editor.textWithLabel("Ville de résidence").setText("Tanger");
        households.updateDetails(before.getId(), before.getVersion(), new PersonDetails(null, null,
                "+212 6 61 23 45 67", "Oujda", LocalDate.of(2023, 9, 2), null, false));
        editor.button("Enregistrer").click();

        String conflict = editor.labelContaining("rien n'a été enregistré").getText();
        assertTrue(conflict.startsWith("La fiche de Mariama " + family + " a été modifiée par "), conflict);
        assertEquals("Oujda", principal(c).getDetails().cityOfResidence(), "the other change is kept");
        assertTrue(tab.getText().startsWith("*"), "the edits stay, unsaved: " + tab.getText());
    }

    @Test
    void aScanIsAttachedAndANonScanIsRefusedByName() throws Exception {
        String family = Workbench.uniqueFamilyName("Soumah");
        MigrantCase c = register(family);
        Path dir = Files.createTempDirectory("homeward-ui");
        Path scan = Files.write(dir.resolve("passeport Mariama.pdf"), "%PDF-1.4\n%%EOF\n".getBytes());
        Path notAScan = Files.write(dir.resolve("photo.jpg"), "MZ not an image".getBytes());
        AttachmentService attachments = Workbench.service(AttachmentService.class);

        Bot editor = workbench.openFromList(family, c.getCaseNumber());
        Bot page = workbench.window.bot().page("Pièces jointes");
        page.comboBoxWithLabel("Type").setSelection("Passeport (scan)");
        page.textWithLabel("Fichier").setText(notAScan.toString());
        page.button("Joindre").click();
        String refused = page.labelContaining("photo.jpg").getText();
        assertTrue(refused.contains("ni un PDF ni une image"), refused);
        assertEquals(0, attachments.attachments(c.getId()).size());

        page.textWithLabel("Fichier").setText(scan.toString());
        page.button("Joindre").click();
        BotTable table = page.tableWithColumn("Fichier");
        workbench.bot.waitUntil(() -> table.rowCount() == 1, "the scan to be listed");
        assertEquals("passeport Mariama.pdf", table.cell(0, 2));
        assertEquals("Passeport (scan)", table.cell(0, 1));
        assertEquals("application/pdf", attachments.attachments(c.getId()).get(0).getMediaType());
    }

    @Test
    void aDueNextActionShowsInMyFollowUps() throws Exception {
        String family = Workbench.uniqueFamilyName("Bangoura");
        MigrantCase c = register(family);

        workbench.openFromList(family, c.getCaseNumber());
        Bot status = workbench.window.bot().page("Statut");
        status.textWithLabel("Action").setText("Rappeler la famille à Conakry");
        status.textWithLabel("Échéance").setText("31/02/2026");
        status.button("Enregistrer").click();
        assertTrue(status.labelContaining("Échéance :").getText().contains("jj/mm/aaaa"));

        status.textWithLabel("Échéance").setText(LocalDate.now().minusDays(1).format(DAY));
        status.button("Enregistrer").click();

        BotTable followUps = workbench.window.bot().cTabItem("Mes suivis").activate().bot()
                .tableWithColumn("Échéance");
        workbench.bot.waitUntil(() -> followUps.indexOf(c.getCaseNumber(), 3) >= 0,
                "the case's next action in My follow-ups");
        int row = followUps.indexOf(c.getCaseNumber(), 3);
        assertEquals("Dossier", followUps.cell(row, 2));
        assertEquals("Rappeler la famille à Conakry", followUps.cell(row, 5));
        assertEquals("1 j", followUps.cell(row, 1));
    }
}
