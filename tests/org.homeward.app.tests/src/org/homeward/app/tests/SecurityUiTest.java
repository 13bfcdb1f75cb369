package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDetails;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.security.Account;
import org.homeward.common.security.AccountService;
import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.prefs.Preferences;

import jakarta.persistence.EntityManagerFactory;

/**
 * Data protection on the running workbench: nothing readable at rest, the idle lock, accounts managed by an
 * administrator.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SecurityUiTest {

    private static final String IDLE_SECONDS = "lock.idleSeconds";
    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void aSeededNamePhoneAndScanAreInNoFileUnderTheDataFolderOrTheTempFolderAndFilesAreTheOwnersAlone()
            throws Exception {
        long since = System.currentTimeMillis() - 60_000;
        Random random = new Random();
        String family = Workbench.uniqueFamilyName("Quenum");
        String phone = "+212 7" + (10_000_000 + random.nextInt(89_999_999));
        String scan = "scan-" + Workbench.uniqueFamilyName("s");
        MigrantCase c = workbench.cases.register(new NewCase(family, "Rokia", null, Sex.FEMALE,
                DateOfBirth.exact(LocalDate.of(1993, 3, 3)), "CI"));
        HouseholdService households = Workbench.service(HouseholdService.class);
        Person p = households.members(c.getId()).get(0);
        households.updateDetails(p.getId(), p.getVersion(), new PersonDetails("Daloa", "fr", phone, "Rabat",
                LocalDate.now().minusYears(1), "Oujda", false));
        Workbench.service(AttachmentService.class).attach(c.getId(), AttachmentKind.PASSPORT_SCAN, LocalDate.now(),
                family + ".pdf", ("%PDF-1.4\n" + scan + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        List<String> seeded = List.of(family, phone, scan);
        EntityManagerFactory emf = Workbench.service(EntityManagerFactory.class);
        assertEquals(3, DatabaseScan.find(emf, seeded).stream().map(f -> f.substring(f.indexOf(": ") + 2))
                .distinct().count(), "the database holds the three values: " + DatabaseScan.find(emf, seeded));
        checkpoint(emf); // every page on disk, not only in the log

        Path data = Path.of(System.getProperty("homeward.data.dir"));
        List<Path> files = new ArrayList<>(files(data, 0));
        files.addAll(files(Path.of(System.getProperty("java.io.tmpdir")), since));
        assertTrue(files.stream().anyMatch(f -> f.toString().contains("seg0")), "the scan reads Derby's data files");
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.equals("homeward.lock") || name.endsWith(".lck")) {
                // lock files hold nothing; reading one here, in the process holding its lock, would drop the lock
                // (POSIX locks go with any descriptor of the file closed by the process)
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (java.io.IOException e) {
                continue; // gone meanwhile, or another user's
            }
            for (String needle : seeded) {
                if (indexOf(bytes, needle.getBytes(StandardCharsets.UTF_8)) >= 0) {
                    found.add(f + ": " + needle);
                }
            }
        }
        assertEquals(List.of(), found, "files holding a seeded value");

        Set<PosixFilePermission> others = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path f : all.toList()) {
                if (Files.getPosixFilePermissions(f).stream().anyMatch(others::contains)) {
                    open.add(data.relativize(f) + " " + java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(f)));
                }
            }
        }
        assertEquals(List.of(), open, "files or folders others may read");
    }

    private static void checkpoint(EntityManagerFactory emf) {
        var em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.createNativeQuery("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()").executeUpdate();
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private static List<Path> files(Path root, long modifiedSince) throws java.io.IOException {
        List<Path> result = new ArrayList<>();
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {

            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                if (a.isRegularFile() && a.lastModifiedTime().toMillis() >= modifiedSince && a.size() < 200_000_000) {
                    result.add(f);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, java.io.IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE; // another user's folder
            }
        });
        return result;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer : for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theWorkbenchLocksAfterTheIdleTimeAndOnlyThePasswordUnlocksItKeepingUnsavedEdits() throws Exception {
        String family = Workbench.uniqueFamilyName("Kone");
        MigrantCase c = workbench.cases.register(new NewCase(family, "Mariam", null, Sex.FEMALE,
                DateOfBirth.exact(LocalDate.of(1996, 6, 6)), "CI"));
        workbench.openFromList(family, c.getCaseNumber());
        Bot status = workbench.window.bot().page("Statut");
        status.textWithLabel("Action").setText("Rappeler la famille");

        Preferences prefs = InstanceScope.INSTANCE.getNode("org.homeward.app");
        prefs.putInt(IDLE_SECONDS, 5); // shortened from 10 minutes
        BotShell lock;
        try {
            lock = workbench.bot.shell("Homeward verrouillé");
        } finally {
            prefs.putInt(IDLE_SECONDS, Workbench.TEST_IDLE_SECONDS);
        }
        assertFalse(workbench.window.isOpen(), "the workbench's window is hidden while locked");
        lock.bot().textWithLabel("Mot de passe").setText("pas-le-bon-mot");
        AuditService audit = Workbench.service(AuditService.class);
        String user = TestAccounts.userName(Role.OPERATIONS_ASSISTANT);
        long refused = refusals(audit, user);
        lock.bot().button("Déverrouiller").click();
        workbench.bot.waitUntil(() -> refusals(audit, user) == refused + 1, "the wrong password checked and audited");
        Thread.sleep(500);
        assertTrue(lock.isOpen(), "a wrong password does not unlock");
        assertFalse(workbench.window.isOpen());

        lock.bot().textWithLabel("Mot de passe").setText(TestAccounts.PASSWORD);
        lock.bot().button("Déverrouiller").click();
        workbench.bot.waitUntil(() -> !lock.isOpen() && workbench.window.isOpen(), Duration.ofSeconds(20),
                "the workbench back after the right password");
        assertEquals("Rappeler la famille", workbench.window.bot().page("Statut").textWithLabel("Action").getText(),
                "the unsaved edit is kept");
    }

    private static long refusals(AuditService audit, String user) {
        return audit.trailOf("SignIn").stream().filter(e -> user.equals(e.getUserName())
                && "refused".equals(e.getNewValue())).count();
    }

    @Test
    void anAdministratorCreatesAnAccountFromTheAccountsWindowAndItsUserSignsIn() throws Exception {
        String name = "fatou." + Integer.toString(new Random().nextInt(1 << 20), 36);
        Role before = TestAccounts.signInAs(Role.ADMINISTRATOR);
        try {
            workbench.window.bot().menu("Fenêtre").menu("Comptes utilisateurs…").click();
            BotShell dialog = workbench.bot.shell("Comptes utilisateurs");
            BotTable table = dialog.bot().tableWithColumn("Identifiant");
            workbench.bot.waitUntil(() -> table.indexOf(TestAccounts.ADMIN, 0) >= 0, "the accounts listed");
            dialog.bot().button("Nouveau compte…").click();
            BotShell form = workbench.bot.shell("Nouveau compte");
            form.bot().textWithLabel("Identifiant").setText(name);
            form.bot().textWithLabel("Nom complet").setText("Fatou Sow");
            form.bot().comboBoxWithLabel("Rôle").setSelection("Chargé(e) des opérations");
            form.bot().textWithLabel("Mot de passe").setText("court");
            form.bot().textWithLabel("Confirmation").setText("court");
            form.bot().button("Valider").click();
            Thread.sleep(1000);
            assertTrue(form.isOpen(), "a short password is refused, the form stays");
            form.bot().textWithLabel("Mot de passe").setText("bienvenue-fatou-2026");
            form.bot().textWithLabel("Confirmation").setText("bienvenue-fatou-2026");
            form.bot().button("Valider").click();
            workbench.bot.waitUntil(() -> table.indexOf(name, 0) >= 0, "the new account in the list");
            assertEquals("Chargé(e) des opérations", table.cell(table.indexOf(name, 0), 2));
            dialog.bot().button("Fermer").click();
        } finally {
            TestAccounts.signInAs(before);
        }
        AccountService accounts = Workbench.service(AccountService.class);
        Account signedIn = accounts.signIn(name, "bienvenue-fatou-2026".toCharArray());
        assertEquals(Role.OPERATIONS_OFFICER, signedIn.role());
        TestAccounts.signInAs(before);
    }

    @Test
    void aProgrammeOfficerSeesTheFlightsButCannotBookThemAndIsToldWhy() throws Exception {
        String family = Workbench.uniqueFamilyName("Traore");
        String other = Workbench.uniqueFamilyName("Diarra");
        MigrantCase officers = workbench.cases.register(new NewCase(family, "Issa", null, Sex.MALE,
                DateOfBirth.exact(LocalDate.of(1990, 1, 1)), "ML"));
        MigrantCase assistants = workbench.cases.register(new NewCase(other, "Moussa", null, Sex.MALE,
                DateOfBirth.exact(LocalDate.of(1992, 2, 2)), "ML"));
        TestAccounts.as(Role.PROGRAMME_OFFICER, () -> {
            workbench.openFromList(family, officers.getCaseNumber());
            var book = workbench.window.bot().page("Vols").button("Réserver un vol…");
            assertFalse(book.isEnabled(), "booking is the travel desk's (BOOK_TRAVEL)");
            String why = org.homeward.tests.ui.driver.UI.syncCall(book.widget().getDisplay(),
                    () -> book.widget().getToolTipText());
            assertTrue(why.contains("réserver les vols"), "the button says why: " + why);
        });
        workbench.openFromList(other, assistants.getCaseNumber());
        assertTrue(workbench.window.bot().page("Vols").button("Réserver un vol…").isEnabled(), "an assistant books");
    }
}
