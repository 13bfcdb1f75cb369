package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The main window: its menus, its perspective's parts, the About dialog. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchWindowUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void menusAreInFrenchWithTheCaseCommandContributedByItsBundle() {
        List<String> file = workbench.window.bot().menu("Fichier").menuItems();

        assertEquals("&Nouveau dossier…\tCtrl+N", file.get(0), file.toString());
        assertEquals("&Quitter", file.get(file.size() - 1), file.toString());
        workbench.window.bot().menu("Édition");
        List<String> directories = workbench.window.bot().menu("Répertoires").menuItems();
        assertEquals(List.of("Organisations partenaires…", "Ambassades et consulats…", "Procédures par pays…",
                "Missions et autorités (départs)…", "Aéroports et compagnies aériennes…", "Autorités marocaines"),
                directories.stream().sorted(java.util.Comparator.comparing(
                        d -> List.of("Organisations", "Ambassades", "Procédures", "Missions", "Aéroports", "Autorités")
                                .indexOf(
                                        d.split(" ")[0])))
                        .toList(),
                directories.toString());
        workbench.window.bot().menu("Fenêtre");
        workbench.window.bot().menu("Aide");
        workbench.window.bot().cTabItem("Dossiers");
    }

    @Test
    void aboutDialogShowsTheVersion() {
        workbench.window.bot().menu("Aide").menu("À propos de Homeward").click();
        BotShell about = workbench.bot.shell("À propos de Homeward");
        Bundle app = Arrays.stream(FrameworkUtil.getBundle(WorkbenchWindowUiTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.homeward.app")).findFirst().orElseThrow();
        Version v = app.getVersion();

        String text = about.bot().labelContaining("Homeward " + v.getMajor() + ".").getText();
        assertTrue(text.startsWith("Homeward " + v), text);
        about.bot().button("OK").click();
        workbench.bot.waitUntil(() -> !about.isOpen(), "the About dialog to close");
    }
}
