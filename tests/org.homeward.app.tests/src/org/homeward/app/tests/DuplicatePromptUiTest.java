package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Sex;
import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Search before create: a misspelt person already registered is shown before anything is saved. */
@ExtendWith(ScreenshotOnFailure.class)
class DuplicatePromptUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void misspeltExistingPersonIsProposedAndCanBeOpenedInstead() throws Exception {
        String family = Workbench.uniqueFamilyName("Diallo");
        MigrantCase existing = workbench.cases.register(new NewCase(family, "Ousmane", null, Sex.MALE,
                DateOfBirth.estimatedYear(1990), "GN"));
        long before = workbench.cases.count(CaseFilter.ALL);

        NewCaseForm form = workbench.openNewCaseForm().fill(family, "Usman", null, "Homme", "1991", "Guinée").save();

        BotShell prompt = workbench.bot.shell("Personne peut-être déjà enregistrée");
        BotTable candidates = prompt.bot().table();
        assertEquals(1, candidates.rowCount());
        assertEquals(existing.getCaseNumber(), candidates.cell(0, 0));
        assertEquals("Ousmane", candidates.cell(0, candidates.columnIndex("Prénom(s)")));

        prompt.bot().button("Revenir au formulaire").click();
        workbench.bot.waitUntil(() -> !prompt.isOpen(), "the prompt to close");
        assertEquals(true, form.shell.isOpen(), "back in the form, nothing saved");
        assertEquals(before, workbench.cases.count(CaseFilter.ALL));

        form.save();
        BotShell again = workbench.bot.shell("Personne peut-être déjà enregistrée");
        again.bot().button("Ouvrir le dossier existant").click();
        workbench.bot.waitUntil(() -> !form.shell.isOpen(), "the form to close on the existing case");
        workbench.caseEditor(existing.getCaseNumber()).tableWithColumn("Lien");
        assertEquals(before, workbench.cases.count(CaseFilter.ALL), "no second case for the same person");
    }
}
