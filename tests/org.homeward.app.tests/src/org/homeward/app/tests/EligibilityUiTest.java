package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.EligibilityService;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The eligibility decision belongs to programme officers: an operations assistant is told so, and nothing is saved. */
@ExtendWith(ScreenshotOnFailure.class)
class EligibilityUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void assistantCannotDecideEligibilityAndIsToldWhy() throws Exception {
        String family = Workbench.uniqueFamilyName("Touré");
        MigrantCase c = workbench.cases.register(new NewCase(family, "Lansana", null, Sex.MALE,
                DateOfBirth.estimatedYear(1992), "GN"));
        workbench.openFromList(family, c.getCaseNumber());
        Bot page = workbench.window.bot().page("Éligibilité");

        // told before filling anything in: the form is closed to the assistant, with the reason
        String told = page.labelContaining("Seul un chargé de programme").getText();
        assertEquals("Seul un chargé de programme peut décider de l'éligibilité.", told);
        assertFalse(page.button("Enregistrer la décision").isEnabled(), "saving is not offered");
        assertFalse(page.comboBoxWithLabel("Décision").isEnabled(), "nor deciding");
        assertEquals(true, Workbench.service(EligibilityService.class).eligibility(c.getId()).isEmpty(),
                "nothing saved");
    }
}
