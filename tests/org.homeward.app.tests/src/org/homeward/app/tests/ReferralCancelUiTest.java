package org.homeward.app.tests;

import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotButton;
import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The referral form cancelled while its save is still running: the form closes at once, the save
 * goes to its end, and nothing fails behind the user's back (no error in the log).
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReferralCancelUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void cancellingTheReferralFormDuringItsSaveClosesItWithoutAnError() throws Exception {
        String family = Workbench.uniqueFamilyName("Kone");
        MigrantCase c = workbench.cases.register(new NewCase(family, "Mariam", null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1994), "ML"));
        Workbench.service(ConsentService.class).record(c.getId(), new ConsentInput(LocalDate.now(), "fr",
                EnumSet.of(Recipient.PARTNER_ORGANISATIONS), null));
        ReferralService referrals = Workbench.service(ReferralService.class);
        String organisation = "AMSED " + family;
        TestAccounts.call(Role.OPERATIONS_OFFICER, () -> referrals.addOrganisation(organisation, "Rabat", "Écoute",
                null));
        List<IStatus> errors = Collections.synchronizedList(new ArrayList<>());
        ILogListener listener = (status, plugin) -> {
            if (status.getSeverity() == IStatus.ERROR) {
                errors.add(status);
            }
        };
        Platform.addLogListener(listener);

        workbench.openFromList(family, c.getCaseNumber());
        Bot page = workbench.window.bot().page("Orientations");
        page.button("Orienter…").click();
        BotShell dialog = workbench.bot.shell("Orienter vers une organisation partenaire");
        Bot d = dialog.bot();
        d.comboBoxWithLabel("Organisation").setSelection(organisation + " (Rabat)");
        d.textWithLabel("Motif").setText("Soutien psychosocial");
        EntityManager blocker = Workbench.service(EntityManagerFactory.class).createEntityManager();
        try {
            // another workstation holds the referrals table: the save waits for it
            blocker.getTransaction().begin();
            blocker.createNativeQuery("LOCK TABLE REFERRAL IN EXCLUSIVE MODE").executeUpdate();
            BotButton save = d.button("Orienter");
            save.click();
            workbench.bot.waitUntil(() -> !save.isEnabled(), "the save to start");
            d.button("Annuler").click();
            workbench.bot.waitUntil(() -> !dialog.isOpen(), "the form to close on Cancel while the save waits");
        } finally {
            blocker.getTransaction().rollback();
            blocker.close();
        }
        workbench.bot.waitUntil(() -> referrals.referrals(c.getId()).size() == 1, "the save to reach its end");
        Thread.sleep(500); // what the save's end hands to the closed form runs on the UI thread meanwhile
        Platform.removeLogListener(listener);

        assertEquals(List.of(), errors.stream().map(IStatus::toString).toList(), "nothing failed behind the form");
        assertEquals(1, referrals.referrals(c.getId()).size());
    }
}
