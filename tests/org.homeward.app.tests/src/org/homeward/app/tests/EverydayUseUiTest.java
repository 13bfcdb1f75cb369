package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import org.homeward.referrals.model.Organisation;
import org.homeward.referrals.model.ReferralStatus;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.prefs.Preferences;

/**
 * A day's work as an assistant does it: saves one after another in one editor, a change from another
 * workstation, household corrections read back in the history, a referral's outcome, the pickers and
 * searches, sorting a list, the keyboard shortcut for a new case.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EverydayUseUiTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static Workbench workbench;
    private static HouseholdService households;

    @BeforeAll
    static void workbench() throws Exception {
        workbench = Workbench.started();
        households = Workbench.service(HouseholdService.class);
    }

    private static MigrantCase register(String family, String given) throws Exception {
        return workbench.cases.register(new NewCase(family, given, null, Sex.FEMALE,
                DateOfBirth.exact(LocalDate.of(1994, 5, 20)), "GN"));
    }

    private static String nextAction(MigrantCase c) {
        var next = workbench.cases.find(c.getId()).orElseThrow().getNextAction();
        return next == null ? null : next.what();
    }

    @Test
    void savesOneAfterAnotherInOneEditorNeverConflictWithEachOther() throws Exception {
        String family = Workbench.uniqueFamilyName("Bah");
        MigrantCase c = register(family, "Oumou");
        workbench.openFromList(family, c.getCaseNumber());
        String tomorrow = LocalDate.now().plusDays(1).format(DAY);

        Bot status = workbench.window.bot().page("Statut");
        status.textWithLabel("Action").setText("Appeler l'ambassade");
        status.textWithLabel("Échéance").setText(tomorrow);
        status.button("Enregistrer").click();
        workbench.bot.waitUntil(() -> "Appeler l'ambassade".equals(nextAction(c)), "the first next action saved");

        Bot household = workbench.window.bot().page("Foyer");
        household.textWithLabel("Téléphone").setText("+212 6 70 11 22 33");
        household.button("Enregistrer").click();
        workbench.bot.waitUntil(() -> "+212 6 70 11 22 33".equals(households.members(c.getId()).get(0).getDetails()
                .phone()), "the details saved");

        Bot screening = workbench.window.bot().page("Vulnérabilités");
        screening.checkBox("Grossesse").select();
        screening.button("Enregistrer le dépistage").click(); // changes the case's priority, so its version
        var vulnerabilities = Workbench.service(org.homeward.cases.model.service.VulnerabilityService.class);
        workbench.bot.waitUntil(
                () -> vulnerabilities.ofCase(c.getId()).stream()
                        .anyMatch(v -> v.getType() == org.homeward.cases.model.VulnerabilityType.PREGNANCY),
                "the pregnancy flag saved; the case is "
                        + workbench.cases.find(c.getId()).map(x -> x.getPriority().name()).orElse("?"));
        assertEquals(org.homeward.cases.model.Priority.HIGH, workbench.cases.find(c.getId()).orElseThrow()
                .getPriority(), "the case's priority raised in the database");
        workbench.window.bot().labelContaining("priorité haute");

        status = workbench.window.bot().page("Statut");
        status.textWithLabel("Action").setText("Préparer le rendez-vous consulaire");
        status.button("Enregistrer").click();
        workbench.bot.waitUntil(() -> "Préparer le rendez-vous consulaire".equals(nextAction(c)),
                "the second next action saved, without a conflict with the editor's own saves; the page says: "
                        + status.labelTexts());
    }

    @Test
    void aChangeFromAnotherWorkstationIsAConflictThatNamesItsUser() throws Exception {
        String family = Workbench.uniqueFamilyName("Kourouma");
        MigrantCase c = register(family, "Aminata");
        workbench.openFromList(family, c.getCaseNumber());
        Bot status = workbench.window.bot().page("Statut");
        status.textWithLabel("Action").setText("Rappeler la famille");
        status.textWithLabel("Échéance").setText(LocalDate.now().plusDays(2).format(DAY));

        // the other workstation's user
        Role before = TestAccounts.signInAs("k.traore", Role.OPERATIONS_ASSISTANT);
        try {
            MigrantCase now = workbench.cases.find(c.getId()).orElseThrow();
            workbench.cases.setNextAction(c.getId(), now.getVersion(), new org.homeward.cases.model.NextAction(
                    "Vérifier le passeport", LocalDate.now().plusDays(3), null));
        } finally {
            TestAccounts.signInAs(before);
        }
        status.button("Enregistrer").click();

        String conflict = status.labelContaining("a été modifié par").getText();
        assertTrue(conflict.startsWith("Le dossier " + c.getCaseNumber() + " a été modifié par k.traore"), conflict);
        assertEquals("Vérifier le passeport", nextAction(c), "the other workstation's change is kept");
    }

    @Test
    void aMemberCorrectedAndAnotherRemovedAreInTheHistoryInPlainWords() throws Exception {
        String family = Workbench.uniqueFamilyName("Sylla");
        MigrantCase c = register(family, "Hawa");
        households.addMember(c.getId(), new PersonDraft(family, "Sekou", null, null, Sex.MALE,
                DateOfBirth.exact(LocalDate.of(1990, 3, 14)), "GN"), Relationship.SPOUSE);
        households.addMember(c.getId(), new PersonDraft(family, "Ibrahima", null, null, Sex.MALE,
                DateOfBirth.estimatedYear(2015), "GN"), Relationship.CHILD);
        workbench.openFromList(family, c.getCaseNumber());
        Bot household = workbench.window.bot().page("Foyer");
        BotTable persons = household.tableWithColumn("Lien");
        workbench.bot.waitUntil(() -> persons.rowCount() == 3, "the household of three");

        persons.select(persons.indexOf("Sekou", 2));
        household.button("Corriger l'identité…").click();
        BotShell correct = workbench.bot.shell("Corriger l'identité");
        assertEquals("14/03/1990", correct.bot().textWithLabel("Date de naissance").getText());
        correct.bot().textWithLabel("Date de naissance").setText("14/03/1991");
        correct.bot().button("Enregistrer").click();
        workbench.bot.waitUntil(() -> !correct.isOpen(), "the correction saved");

        persons.select(persons.indexOf("Ibrahima", 2));
        household.button("Retirer du ménage…").click();
        BotShell remove = workbench.bot.shell("Retirer une personne du ménage");
        remove.bot().textWithLabel("Motif").setText("ajouté au mauvais dossier");
        remove.bot().button("Valider").click();
        workbench.bot.waitUntil(() -> households.members(c.getId()).size() == 2, "the member removed");

        Bot history = workbench.window.bot().page("Historique");
        BotTable trail = history.tableWithColumn("Ce qui a changé");
        workbench.bot.waitUntil(() -> trail.indexOf("Date de naissance : 14/03/1990 → 14/03/1991", 1) >= 0,
                "the correction in plain words: " + trail.column(1));
        int corrected = trail.indexOf("Date de naissance : 14/03/1990 → 14/03/1991", 1);
        assertEquals("Personne — Sekou " + family, trail.cell(corrected, 2));
        assertTrue(trail.cell(corrected, 0).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"), trail.cell(corrected, 0));
        int removed = trail.indexOf("Supprimé : Ibrahima " + family + " (date de naissance : 2015), retiré(e) du"
                + " ménage : ajouté au mauvais dossier", 1);
        assertTrue(removed >= 0, "the removal and its reason: " + trail.column(1));
        assertEquals("Suppression", trail.cell(removed, 4));
    }

    @Test
    void aReferralsOutcomeIsRecordedFromItsPage() throws Exception {
        String family = Workbench.uniqueFamilyName("Touré");
        MigrantCase c = register(family, "Fatoumata");
        Workbench.service(ConsentService.class).record(c.getId(), new ConsentInput(LocalDate.now(), "fr",
                EnumSet.of(Recipient.PARTNER_ORGANISATIONS), null));
        ReferralService referrals = Workbench.service(ReferralService.class);
        Organisation org = TestAccounts.call(Role.OPERATIONS_OFFICER, // who keeps the directory
                () -> referrals.addOrganisation("Association " + family, "Rabat", "psychosocial", null));
        Person p = households.members(c.getId()).get(0);
        var referral = referrals.refer(c.getId(), p.getId(), org.getId(), LocalDate.now(), "écoute", null);

        workbench.openFromList(family, c.getCaseNumber());
        Bot page = workbench.window.bot().page("Orientations");
        BotTable list = page.tableWithColumn("Organisation");
        workbench.bot.waitUntil(() -> list.rowCount() == 1, "the referral listed");
        list.select(0);
        page.button("Suivi et résultat…").click();
        BotShell dialog = workbench.bot.shell("Suivi de l'orientation");
        dialog.bot().textWithLabel("Note").setText("Premier entretien tenu à l'association");
        dialog.bot().comboBoxWithLabel("Résultat").setSelection("Acceptée");
        dialog.bot().button("Enregistrer le suivi").click();
        workbench.bot.waitUntil(() -> !dialog.isOpen(), "the follow-up saved");

        workbench.bot.waitUntil(() -> "Acceptée".equals(list.cell(0, 3)), "the outcome shown in the list");
        assertEquals(ReferralStatus.ACCEPTED, referrals.referrals(c.getId()).get(0).getStatus());
        assertEquals(List.of("Premier entretien tenu à l'association"),
                referrals.notes(referral.getId()).stream().map(n -> n.getNote()).toList());
    }

    @Test
    void aCountryTypedWithoutAccentsOrCurlyApostropheIsFound() throws Exception {
        String family = Workbench.uniqueFamilyName("Kouassi");
        NewCaseForm form = workbench.openNewCaseForm();
        form.fill(family, "Yao", null, "Homme", "1990", "cote d'ivoire");
        form.saveAndWaitClosed(workbench.bot);
        workbench.filterCases(family, 1);
        BotTable list = workbench.caseList();
        workbench.bot.waitUntil(() -> "Côte d’Ivoire".equals(list.cell(0, 6)), "the case of Côte d’Ivoire: "
                + list.cell(0, 6));
        workbench.clearFilter();
    }

    @Test
    void aCaseIsFoundByAnyPartOfItsNumberAndByAnyMembersName() throws Exception {
        String family = Workbench.uniqueFamilyName("Barry");
        String spouseFamily = Workbench.uniqueFamilyName("Keita");
        MigrantCase c = register(family, "Kadiatou");
        households.addMember(c.getId(), new PersonDraft(spouseFamily, "Moussa", null, null, Sex.MALE,
                DateOfBirth.estimatedYear(1988), "ML"), Relationship.SPOUSE);
        String digits = c.getCaseNumber().substring(c.getCaseNumber().lastIndexOf('-') + 1);

        workbench.window.bot().textWithLabel("Rechercher").setText(digits);
        BotTable list = workbench.caseList();
        workbench.bot.waitUntil(() -> list.indexOf(c.getCaseNumber(), 0) >= 0,
                "'" + digits + "' finds " + c.getCaseNumber() + ": " + list.column(0));
        workbench.filterCases(spouseFamily, 1);
        workbench.bot.waitUntil(() -> c.getCaseNumber().equals(list.cell(0, 0)),
                "found by the spouse's family name: " + list.cell(0, 0));
        workbench.clearFilter();
    }

    @Test
    void aListIsSortedByTheColumnClicked() throws Exception {
        String family = Workbench.uniqueFamilyName("Cissé");
        MigrantCase c = register(family, "Mariam");
        households.addMember(c.getId(), new PersonDraft(family, "Abdoulaye", null, null, Sex.MALE,
                DateOfBirth.estimatedYear(1985), "GN"), Relationship.SPOUSE);
        households.addMember(c.getId(), new PersonDraft(family, "Zeinab", null, null, Sex.FEMALE,
                DateOfBirth.estimatedYear(2016), "GN"), Relationship.CHILD);
        workbench.openFromList(family, c.getCaseNumber());
        BotTable persons = workbench.window.bot().page("Foyer").tableWithColumn("Lien");
        workbench.bot.waitUntil(() -> persons.rowCount() == 3, "the household of three");

        persons.clickHeader("Prénom(s)");
        assertEquals(List.of("Abdoulaye", "Mariam", "Zeinab"), persons.column(2));
        persons.clickHeader("Prénom(s)");
        assertEquals(List.of("Zeinab", "Mariam", "Abdoulaye"), persons.column(2), "a second click reverses");
    }

    @Test
    void quittingWithUnsavedChangesAsksInTheWorkbenchsLanguage() throws Exception {
        String family = Workbench.uniqueFamilyName("Sow");
        MigrantCase c = register(family, "Ramatoulaye");
        workbench.openFromList(family, c.getCaseNumber());
        Bot status = workbench.window.bot().page("Statut");
        status.textWithLabel("Action").setText("Relancer le consulat");
        status.textWithLabel("Échéance").setText(LocalDate.now().plusDays(4).format(DAY));

        workbench.window.bot().menu("Fichier").menu("Quitter").click();
        BotShell ask = workbench.bot.shell("Modifications non enregistrées");
        assertTrue(ask.bot().labelContaining("Les enregistrer avant de fermer ?").getText()
                .contains(c.getCaseNumber()), ask.bot().labelTexts().toString());
        ask.bot().button("Ne pas enregistrer");
        ask.bot().button("Enregistrer");
        ask.bot().button("Annuler").click();
        workbench.bot.waitUntil(() -> !ask.isOpen(), "the question closed");
        assertTrue(workbench.window.isOpen(), "cancelling keeps the workbench open");

        status.button("Enregistrer").click();
        workbench.bot.waitUntil(() -> "Relancer le consulat".equals(nextAction(c)), "saved from the page");
    }

    @Test
    void ctrlNOpensTheNewCaseForm() {
        workbench.window.pressShortcut('n');
        BotShell form = workbench.bot.shell("Nouveau dossier");
        form.bot().button("Annuler").click();
        workbench.bot.waitUntil(() -> !form.isOpen(), "the form closed");
    }
}
