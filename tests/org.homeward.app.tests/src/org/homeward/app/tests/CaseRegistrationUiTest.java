package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;

import org.homeward.cases.model.CaseFilter;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An operations assistant registers a case through the form and finds it in the case list. */
@ExtendWith(ScreenshotOnFailure.class)
class CaseRegistrationUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @BeforeEach
    void wholeList() {
        workbench.clearFilter();
    }

    @AfterEach
    void clearFilter() {
        workbench.window.bot().textWithLabel("Rechercher").setText("");
    }

    static String uniqueFamilyName() {
        return Workbench.uniqueFamilyName("Bangoura");
    }

    @Test
    void caseRegisteredInTheFormIsSavedNumberedAndListed() {
        String family = uniqueFamilyName();
        long before = workbench.cases.count(CaseFilter.ALL);
        BotTable list = workbench.caseList();
        workbench.bot.waitUntil(() -> list.rowCount() == before, "the list to show the " + before + " saved cases");

        workbench.openNewCaseForm().fill(family, "Mamadou Saliou", "مامادو ساليو", "Homme", "14/03/1994", "Guinée")
                .saveAndWaitClosed(workbench.bot);
        workbench.bot.waitUntil(() -> list.rowCount() == before + 1, "the list to show the new case");
        assertEquals(before + 1, workbench.cases.count(CaseFilter.ALL), "one case more in the database");

        workbench.filterCases(family, 1);
        String prefix = "RBA-" + Year.now().getValue() + "-";
        workbench.bot.waitUntil(() -> String.valueOf(list.cell(0, 0)).startsWith(prefix),
                "row 0 to show a case number " + prefix + "NNNNN");
        assertEquals(family, list.cell(0, list.columnIndex("Nom")));
        assertEquals("Mamadou Saliou", list.cell(0, list.columnIndex("Prénom(s)")));
        assertEquals("مامادو ساليو", list.cell(0, list.columnIndex("Nom en arabe")));
        assertEquals("14/03/1994", list.cell(0, list.columnIndex("Naissance")));
        assertEquals("Guinée", list.cell(0, list.columnIndex("Nationalité")));
        assertEquals("Enregistré", list.cell(0, list.columnIndex("Statut")));
    }

    @Test
    void estimatedYearOfBirthIsAcceptedAndShownAsEstimated() {
        String family = uniqueFamilyName();
        workbench.openNewCaseForm().fill(family, "Fatoumata", null, "Femme", "1987", "Mali")
                .saveAndWaitClosed(workbench.bot);

        workbench.filterCases(family, 1);
        BotTable list = workbench.caseList();
        workbench.bot.waitUntil(() -> "1987 (estimée)".equals(list.cell(0, list.columnIndex("Naissance"))),
                "the estimated year to be shown as such");
    }

    @Test
    void typeAheadSearchNarrowsTheListAndClearingItRestoresIt() throws Exception {
        String family = uniqueFamilyName();
        workbench.cases.register(new org.homeward.cases.model.NewCase(family, "Ousmane", null,
                org.homeward.cases.model.Sex.MALE, org.homeward.cases.model.DateOfBirth.estimatedYear(1990), "SN"));
        long all = workbench.cases.count(CaseFilter.ALL);
        assertTrue(all >= 1);

        workbench.filterCases(family.substring(0, family.length() - 1).toUpperCase(), 1);
        workbench.window.bot().comboBoxWithLabel("Nationalité").setSelection("Mali");
        BotTable list = workbench.caseList();
        workbench.bot.waitUntil(() -> list.rowCount() == 0, "no Malian case with that (Senegalese) name");
        workbench.window.bot().comboBoxWithLabel("Nationalité").setSelection("Sénégal");
        workbench.bot.waitUntil(() -> list.rowCount() == 1, "the Senegalese case with that name");
        workbench.clearFilter();
        workbench.filterCases("", all);
    }
}
