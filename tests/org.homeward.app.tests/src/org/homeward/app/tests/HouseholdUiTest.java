package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
import java.util.List;

import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A household of three registered through the forms: the principal applicant, then two members in the case editor. */
@ExtendWith(ScreenshotOnFailure.class)
class HouseholdUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    private static void addMember(Bot editor, String relationship, String given, String sex, String dateOfBirth) {
        editor.button("Ajouter une personne…").click();
        BotShell dialog = workbench.bot.shell("Ajouter une personne au foyer");
        Bot d = dialog.bot();
        d.comboBoxWithLabel("Lien avec le demandeur principal").setSelection(relationship);
        new NewCaseForm(dialog).fill(null, given, null, sex, dateOfBirth, "Guinée");
        d.textWithLabel("Nom de famille").setText(familyName);
        d.button("Enregistrer").click();
        workbench.bot.waitUntil(() -> !dialog.isOpen(), "the member form to close once saved");
    }

    private static String familyName;

    @Test
    void householdOfThreeIsRegisteredThroughTheForms() throws Exception {
        familyName = Workbench.uniqueFamilyName("Soumah");
        workbench.openNewCaseForm().fill(familyName, "Mamadou", "مامادو", "Homme", "1988", "Guinée")
                .saveAndWaitClosed(workbench.bot);
        List<CaseRow> rows = workbench.cases.page(new CaseFilter(familyName), 0, 2);
        assertEquals(1, rows.size());
        String number = rows.get(0).caseNumber();
        assertEquals(true, number.startsWith("RBA-" + Year.now().getValue() + "-"), number);

        Bot editor = workbench.caseEditor(number); // the editor opens on the new case
        addMember(editor, "Conjoint(e)", "Kadiatou", "Femme", "12/05/1992");
        addMember(editor, "Enfant", "Alpha", "Homme", "03/09/2019");

        BotTable household = editor.tableWithColumn("Lien");
        workbench.bot.waitUntil(() -> household.rowCount() == 3, "three persons in the household table");
        assertEquals("Demandeur principal", household.cell(0, 0));
        assertEquals("Kadiatou", household.cell(1, household.columnIndex("Prénom(s)")));
        assertEquals("Oui", household.cell(2, household.columnIndex("Mineur")));
        List<Person> saved = Workbench.service(HouseholdService.class).members(rows.get(0).id());
        assertEquals(List.of(Relationship.PRINCIPAL, Relationship.SPOUSE, Relationship.CHILD),
                saved.stream().map(Person::getRelationship).toList());
    }
}
