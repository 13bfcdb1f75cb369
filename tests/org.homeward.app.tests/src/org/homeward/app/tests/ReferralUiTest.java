package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.referrals.model.Referral;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Consent given and a referral made in the case editor; the referral shows in "My follow-ups" once due. */
@ExtendWith(ScreenshotOnFailure.class)
class ReferralUiTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void referralMadeInTheEditorIsListedInMyFollowUpsWhenDue() throws Exception {
        String family = Workbench.uniqueFamilyName("Bamba");
        MigrantCase c = workbench.cases.register(new NewCase(family, "Aminata", null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1996), "CI"));
        ReferralService referrals = Workbench.service(ReferralService.class);
        String organisation = "Caritas " + family;

        Bot editor = workbench.openFromList(family, c.getCaseNumber());
        Bot consent = workbench.window.bot().page("Consentement");
        consent.checkBox("les organisations partenaires (soutien psychosocial)").select();
        consent.button("Enregistrer le consentement").click();
        ConsentService consents = Workbench.service(ConsentService.class);
        workbench.bot.waitUntil(() -> consents.allows(c.getId(), Recipient.PARTNER_ORGANISATIONS),
                "the consent to partner organisations to be saved from the consent page");
        workbench.window.bot().page("Orientations");
        editor.button("Nouvelle organisation…").click();
        BotShell directory = workbench.bot.shell("Nouvelle organisation partenaire");
        directory.bot().button("Ajouter").click();
        String refused = directory.bot().labelContaining("obligatoire").getText();
        assertTrue(refused.contains("Nom de l'organisation") && refused.contains("Ville"), refused);
        directory.bot().textWithLabel("Nom").setText(organisation);
        directory.bot().textWithLabel("Ville").setText("Rabat");
        directory.bot().textWithLabel("Services offerts").setText("Accueil, soutien psychosocial");
        directory.bot().button("Ajouter").click();
        workbench.bot.waitUntil(() -> !directory.isOpen(), "the organisation to be added to the directory");
        editor.button("Orienter…").click();
        BotShell dialog = workbench.bot.shell("Orienter vers une organisation partenaire");
        Bot d = dialog.bot();
        d.comboBoxWithLabel("Organisation").setSelection(organisation + " (Rabat)");
        d.textWithLabel("Motif").setText("Soutien psychosocial après un parcours difficile");
        d.textWithLabel("Prochain suivi").setText(LocalDate.now().format(DAY));
        d.button("Orienter").click();
        workbench.bot.waitUntil(() -> !dialog.isOpen(), "the referral form to close once saved");

        List<Referral> saved = referrals.referrals(c.getId());
        assertEquals(1, saved.size());
        BotTable followUps = workbench.window.bot().cTabItem("Mes suivis").activate().bot().tableWithColumn("Échéance");
        workbench.bot.waitUntil(() -> followUps.indexOf(c.getCaseNumber(), 3) >= 0,
                "the referral of " + c.getCaseNumber() + " in My follow-ups");
        int row = followUps.indexOf(c.getCaseNumber(), 3);
        assertEquals(LocalDate.now().format(DAY), followUps.cell(row, 0));
        assertEquals("Orientation", followUps.cell(row, 2));
        assertTrue(followUps.cell(row, 4).startsWith("Aminata "), followUps.cell(row, 4));
        assertEquals(organisation, followUps.cell(row, 5));
    }
}
