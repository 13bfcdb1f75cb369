package org.homeward.app.tests;

import org.junit.jupiter.api.AfterAll;
import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.homeward.movements.model.MailServer;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.service.MailServerSettings;
import org.homeward.movements.model.service.PlacesDirectory;
import org.homeward.movements.model.service.RecipientDirectory;
import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who is told of departures and how letters go out, set up from the menus: the Moroccan ministries the
 * plugin declares listed to complete, a mission added; the mail server saved with its password, which
 * the screen never shows again, and a bad sender named.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DeparturesDirectoryUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
        TestAccounts.signInAs(Role.OPERATIONS_OFFICER); // the directories and the mail server are the officers'
    }

    @AfterAll
    static void everydayUserAgain() throws Exception {
        TestAccounts.signInAs(Role.OPERATIONS_ASSISTANT);
    }

    @Test
    void theDeclaredMinistriesAreListedAndAMissionAndAMinistrysAddressAreSaved() throws Exception {
        RecipientDirectory directory = Workbench.service(RecipientDirectory.class);
        workbench.window.bot().menu("Répertoires").menu("Missions et autorités (départs)…").click();
        BotShell dialog = workbench.bot.shell("Missions et autorités (départs)");
        BotTable list = dialog.bot().tableWithColumn("Courriel");
        workbench.bot.waitUntil(() -> list.indexOf("Ministère de l'Intérieur", 2) >= 0,
                "the ministry the Morocco plugin declares");
        int ministry = list.indexOf("Ministère de l'Intérieur", 2);
        assertEquals("(à compléter)", list.cell(ministry, 3));
        list.select(ministry);
        dialog.bot().textWithLabel("Courriel").setText("dmsf@interieur.example");
        dialog.bot().button("Enregistrer").click();
        workbench.bot.waitUntil(() -> directory.find(NotificationKind.HOST_AUTHORITY, "Ministère de l'Intérieur")
                .isPresent(), "the ministry's address saved");
        assertEquals("dmsf@interieur.example", directory.find(NotificationKind.HOST_AUTHORITY,
                "Ministère de l'Intérieur").orElseThrow().email());

        dialog.bot().button("Nouvelle entrée").click();
        dialog.bot().comboBoxWithLabel("Type").setSelection("Mission du pays de retour");
        dialog.bot().textWithLabel("Pays").setText("SN");
        dialog.bot().textWithLabel("Nom").setText("Mission de Dakar");
        dialog.bot().textWithLabel("Courriel").setText("dakar@mission");
        dialog.bot().button("Enregistrer").click();
        dialog.bot().labelContaining("Courriel : une adresse");
        assertTrue(directory.find(NotificationKind.MISSION_OF_ORIGIN, "SN").isEmpty(), "nothing saved");
        dialog.bot().textWithLabel("Courriel").setText("dakar@mission.example");
        dialog.bot().button("Enregistrer").click();
        workbench.bot.waitUntil(() -> list.indexOf("Mission de Dakar", 2) >= 0, "the mission listed");
        assertEquals("dakar@mission.example", directory.find(NotificationKind.MISSION_OF_ORIGIN, "SN").orElseThrow()
                .email());
        picture("directory");
        dialog.bot().button("Fermer").click();
    }

    /** A picture of the screen for the reviewer, under the build's screenshots folder. */
    private static void picture(String name) throws java.io.IOException {
        String folder = System.getProperty("homeward.screenshots");
        if (folder != null) {
            workbench.bot.captureScreenshot(java.nio.file.Path.of(folder, "departures-" + name + ".png"));
        }
    }

    @Test
    void anAirportTheOfficeAddsIsListedAsItsOwnAfterABadTimeZoneIsNamed() throws Exception {
        PlacesDirectory places = Workbench.service(PlacesDirectory.class);
        workbench.window.bot().menu("Répertoires").menu("Aéroports et compagnies aériennes…").click();
        BotShell dialog = workbench.bot.shell("Aéroports et compagnies aériennes");
        BotTable list = dialog.bot().tableWithColumn("Fuseau horaire");
        workbench.bot.waitUntil(() -> list.indexOf("CKY", 0) >= 0, "the shipped airports");
        dialog.bot().textWithLabel("Code IATA").setText("ZIG");
        dialog.bot().textWithLabel("Nom").setText("Ziguinchor Airport");
        dialog.bot().textWithLabel("Ville").setText("Ziguinchor");
        dialog.bot().textWithLabel("Pays").setText("SN");
        dialog.bot().textWithLabel("Fuseau horaire").setText("Africa/Dakr");
        dialog.bot().button("Enregistrer").click();
        dialog.bot().labelContaining("Fuseau horaire : un fuseau IANA");
        assertTrue(places.current().airport("ZIG").isEmpty(), "nothing saved");
        dialog.bot().textWithLabel("Fuseau horaire").setText("Africa/Dakar");
        dialog.bot().button("Enregistrer").click();
        workbench.bot.waitUntil(() -> list.indexOf("ZIG", 0) >= 0, "the office's airport listed");
        assertEquals("bureau", list.cell(list.indexOf("ZIG", 0), 5));
        assertEquals("Africa/Dakar", places.current().airport("ZIG").orElseThrow().zone().getId());
        picture("airports");
        dialog.bot().button("Fermer").click();
    }

    @Test
    void theMailServerIsSavedWithItsPasswordNeverShownAgain() throws Exception {
        MailServerSettings settings = Workbench.service(MailServerSettings.class);
        try {
            workbench.window.bot().menu("Fenêtre").menu("Serveur de courrier…").click();
            BotShell dialog = workbench.bot.shell("Serveur de courrier");
            dialog.bot().textWithLabel("Serveur").setText("smtp.office.example");
            dialog.bot().textWithLabel("Port").setText("587");
            dialog.bot().textWithLabel("Expéditeur").setText("avrr rabat");
            dialog.bot().textWithLabel("Utilisateur").setText("avrr.rabat");
            dialog.bot().textWithLabel("Mot de passe").setText("Rabat-2026-secret");
            dialog.bot().button("Enregistrer").click();
            dialog.bot().labelContaining("Expéditeur : une adresse électronique");
            assertFalse(settings.current().configured(), "nothing saved");
            dialog.bot().textWithLabel("Expéditeur").setText("avrr.rabat@office.example");
            dialog.bot().button("Enregistrer").click();
            dialog.bot().labelContaining("Enregistré.");
            MailServer saved = settings.current();
            assertEquals("smtp.office.example", saved.host());
            assertTrue(saved.passwordStored());
            assertEquals("", dialog.bot().textWithLabel("Mot de passe").getText(), "the password is not shown");
            picture("mail-server");
            dialog.bot().button("Fermer").click();
        } finally {
            settings.save(MailServer.none(), new char[0]); // no server for the other tests: letters wait
        }
    }
}
