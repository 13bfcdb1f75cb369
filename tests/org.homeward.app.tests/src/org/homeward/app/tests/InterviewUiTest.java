package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.Interview;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.InterviewService;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first interview is recorded from the case editor; without a reason for return it is refused. */
@ExtendWith(ScreenshotOnFailure.class)
class InterviewUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void firstInterviewNeedsAReasonThenIsListed() throws Exception {
        String family = Workbench.uniqueFamilyName("Cisse");
        MigrantCase c = workbench.cases.register(new NewCase(family, "Ibrahima", null, Sex.MALE,
                DateOfBirth.estimatedYear(1993), "SN"));
        workbench.openFromList(family, c.getCaseNumber());
        Bot page = workbench.window.bot().page("Entretiens");

        page.comboBoxWithLabel("Langue").setSelection("wolof");
        page.button("Enregistrer l'entretien").click();
        assertEquals("Motif du retour : obligatoire.", page.labelContaining("Motif du retour :").getText());
        InterviewService interviews = Workbench.service(InterviewService.class);
        assertEquals(List.of(), interviews.ofCase(c.getId()));

        page.textWithLabel("Motif du retour").setText("Rejoindre sa famille à Thiès");
        page.button("Enregistrer l'entretien").click();
        BotTable table = page.tableWithColumn("Intervieweur");
        workbench.bot.waitUntil(() -> table.rowCount() == 1, "the interview in the list");
        assertEquals("Rejoindre sa famille à Thiès", table.cell(0, table.columnIndex("Motif du retour")));
        assertEquals(Interview.Kind.FIRST, interviews.ofCase(c.getId()).get(0).getKind());
        assertEquals("wo", interviews.ofCase(c.getId()).get(0).getLanguage());
    }
}
