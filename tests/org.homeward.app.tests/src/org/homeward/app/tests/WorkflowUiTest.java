package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The status page: what each move lacks is shown, a reason is required where the workflow says so. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkflowUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void withdrawalWithoutReasonIsRefusedThenRecordedWithIt() throws Exception {
        String family = Workbench.uniqueFamilyName("Sangare");
        MigrantCase c = workbench.cases.register(new NewCase(family, "Drissa", null, Sex.MALE,
                DateOfBirth.estimatedYear(1984), "ML"));
        workbench.openFromList(family, c.getCaseNumber());
        Bot status = workbench.window.bot().page("Statut");

        BotTable moves = status.tableWithColumn("Ce qui manque");
        workbench.bot.waitUntil(() -> moves.indexOf("Éligibilité évaluée", 0) >= 0, "the possible moves");
        int assess = moves.indexOf("Éligibilité évaluée", 0);
        assertEquals("Non", moves.cell(assess, 1));
        assertEquals("L'éligibilité n'a pas encore été décidée.", moves.cell(assess, 2));

        moves.select(moves.indexOf("Désistement", 0));
        status.button("Passer à l'étape choisie").click();
        String refused = status.labelContaining("Motif : obligatoire").getText();
        assertTrue(refused.contains("Désistement"), refused);
        CaseWorkflowService workflow = Workbench.service(CaseWorkflowService.class);
        assertEquals(CaseStatus.REGISTERED, workflow.history(c.getId()).getLast().getToStatus());

        status.textWithLabel("Motif").setText("Souhaite finalement rester au Maroc");
        moves.select(moves.indexOf("Désistement", 0));
        status.button("Passer à l'étape choisie").click();
        workbench.bot.waitUntil(() -> workflow.history(c.getId()).getLast().getToStatus() == CaseStatus.WITHDRAWN,
                "the withdrawal to be recorded");
        assertEquals("Souhaite finalement rester au Maroc", workflow.history(c.getId()).getLast().getReason());
        status.labelContaining("Statut actuel : Désistement");
    }
}
