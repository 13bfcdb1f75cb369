package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.homeward.cases.model.service.CaseService;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.BotTable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The running workbench as the tests see it: its main window, the case list and the case service behind it. */
final class Workbench {

    static final String MAIN_WINDOW = "Homeward";
    static final String CASE_NUMBER_COLUMN = "N° de dossier";

    /**
     * The idle time before the workbench locks, during the tests: the driver's clicks and typing are not
     * keyboard or mouse input, so the usual 10 minutes would lock it in the middle of a long run.
     */
    static final int TEST_IDLE_SECONDS = 3600;

    final Bot bot;
    final BotShell window;
    final CaseService cases;

    private Workbench(Bot bot, BotShell window, CaseService cases) {
        this.bot = bot;
        this.window = window;
        this.cases = cases;
    }

    /**
     * Waits for the main window and for the database to be open (the case list shows its count), then signs
     * in as an operations assistant: each test starts as the everyday user.
     */
    static Workbench started() throws Exception {
        Bot bot = Bot.workbench();
        BotShell window = bot.shell(MAIN_WINDOW);
        BundleContext context = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
        ServiceTracker<CaseService, CaseService> tracker = new ServiceTracker<>(context, CaseService.class, null);
        tracker.open();
        CaseService cases = tracker.waitForService(60_000);
        assertNotNull(cases, "the case service (database) did not appear within 60 s");
        window.bot().labelContaining("dossier(s)");
        org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.homeward.app").putInt(
                "lock.idleSeconds", TEST_IDLE_SECONDS);
        org.homeward.tests.login.TestAccounts.signInAs(org.homeward.common.security.Role.OPERATIONS_ASSISTANT);
        return new Workbench(bot, window, cases);
    }

    BotTable caseList() {
        return window.bot().tableWithColumn(CASE_NUMBER_COLUMN);
    }

    /** Types into the case list's search field and waits for the list to show {@code expectedRows}. */
    void filterCases(String text, long expectedRows) {
        window.bot().textWithLabel("Rechercher").setText(text);
        BotTable list = caseList();
        bot.waitUntil(() -> list.rowCount() == expectedRows,
                "case list filtered by '" + text + "' to show " + expectedRows + " row(s), shows " + list.rowCount());
    }

    /** Any service of the running workbench, waiting for it (the database opens in the background). */
    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T found = tracker.waitForService(60_000);
        assertNotNull(found, type.getSimpleName() + " did not appear within 60 s");
        return found;
    }

    /** A family name no other test uses, in Latin letters only. */
    static String uniqueFamilyName(String stem) {
        java.util.Random random = new java.util.Random();
        StringBuilder b = new StringBuilder(stem);
        for (int i = 0; i < 5; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    /** The editor of a case, once open: its tab bears the case number. */
    Bot caseEditor(String caseNumber) {
        return window.bot().cTabItem(caseNumber).activate().bot();
    }

    /** Opens a case's editor as a user does: search it in the list, then double-click its row. */
    Bot openFromList(String familyName, String caseNumber) {
        filterCases(familyName, 1);
        BotTable list = caseList();
        bot.waitUntil(() -> caseNumber.equals(list.cell(0, 0)), "the case " + caseNumber + " in the list");
        list.doubleClick(0);
        Bot editor = caseEditor(caseNumber);
        clearFilter();
        return editor;
    }

    /** Empties the case list's search field, so that the list shows every case again. */
    void clearFilter() {
        window.bot().comboBoxWithLabel("Statut").setSelection("(tous)");
        window.bot().comboBoxWithLabel("Priorité").setSelection("(tous)");
        window.bot().comboBoxWithLabel("Nationalité").setSelection("(tous)");
        window.bot().textWithLabel("Rechercher").setText("");
        BotTable list = caseList();
        long all = cases.count(org.homeward.cases.model.CaseFilter.ALL);
        bot.waitUntil(() -> list.rowCount() == all, "the case list to show all " + all + " cases");
    }

    /** Opens File > New case and returns the form. */
    NewCaseForm openNewCaseForm() {
        window.bot().menu("Fichier").menu("Nouveau dossier…").click();
        return new NewCaseForm(bot.shell("Nouveau dossier"));
    }
}
