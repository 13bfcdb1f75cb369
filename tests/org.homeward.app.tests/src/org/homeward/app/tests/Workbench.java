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

    final Bot bot;
    final BotShell window;
    final CaseService cases;

    private Workbench(Bot bot, BotShell window, CaseService cases) {
        this.bot = bot;
        this.window = window;
        this.cases = cases;
    }

    /** Waits for the main window and for the database to be open (the case list shows its count). */
    static Workbench started() throws InterruptedException {
        Bot bot = Bot.workbench();
        BotShell window = bot.shell(MAIN_WINDOW);
        BundleContext context = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
        ServiceTracker<CaseService, CaseService> tracker = new ServiceTracker<>(context, CaseService.class, null);
        tracker.open();
        CaseService cases = tracker.waitForService(60_000);
        assertNotNull(cases, "the case service (database) did not appear within 60 s");
        window.bot().labelContaining("dossier(s)");
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

    /** Opens File > New case and returns the form. */
    NewCaseForm openNewCaseForm() {
        window.bot().menu("Fichier").menu("Nouveau dossier…").click();
        return new NewCaseForm(bot.shell("Nouveau dossier"));
    }
}
