package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.homeward.cases.model.CaseFilter;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotLabel;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input in the new-case form is named field by field, and nothing reaches the database. */
@ExtendWith(ScreenshotOnFailure.class)
class CaseFormValidationUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @BeforeEach
    void wholeList() {
        workbench.clearFilter();
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSaved() {
        long before = workbench.cases.count(CaseFilter.ALL);
        NewCaseForm form = workbench.openNewCaseForm().fill(null, null, null, null, "31/12/2999", "Atlantide").save();
        Bot f = form.bot;

        BotLabel problems = f.labelContaining("Nom de famille : obligatoire.");
        String text = problems.getText();
        assertTrue(text.contains("Prénom(s) : obligatoire."), text);
        assertTrue(text.contains("Sexe : obligatoire."), text);
        assertTrue(text.contains("Date de naissance : ne peut pas être dans le futur."), text);
        assertTrue(text.contains("Nationalité : pays inconnu (Atlantide)."), text);
        assertEquals(5, text.lines().count(), text);
        assertTrue(form.shell.isOpen(), "the form stays open for correction");
        assertEquals(before, workbench.cases.count(CaseFilter.ALL), "nothing saved");

        f.button("Annuler").click();
        workbench.bot.waitUntil(() -> !form.shell.isOpen(), "the form to close on cancel");
        assertEquals(before, workbench.cases.count(CaseFilter.ALL), "nothing saved on cancel");
        assertEquals(before, workbench.caseList().rowCount(), "the list is unchanged");
    }

    @Test
    void unreadableDateOfBirthIsRefusedWithTheExpectedFormat() {
        long before = workbench.cases.count(CaseFilter.ALL);
        NewCaseForm form = workbench.openNewCaseForm().fill("Keita", "Sekou", null, "Homme", "31/02/1990", "Sénégal")
                .save();
        Bot f = form.bot;

        String text = f.labelContaining("JJ/MM/AAAA").getText();
        assertEquals("Date de naissance : écrivez JJ/MM/AAAA, ou AAAA si seule l'année est connue.", text);
        assertEquals(before, workbench.cases.count(CaseFilter.ALL), "nothing saved");

        form.fill(null, null, null, null, "28/02/1990", null).saveAndWaitClosed(workbench.bot);
        assertEquals(before + 1, workbench.cases.count(CaseFilter.ALL), "saved once corrected");
    }
}
