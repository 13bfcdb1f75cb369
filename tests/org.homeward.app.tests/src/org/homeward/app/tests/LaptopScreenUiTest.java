package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On the usual office laptop's screen (1366x768): every page of the case editor is one click away in
 * its list, and on every page, as in the request editor, no control lies outside what the screen
 * shows unless it can be scrolled to.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LaptopScreenUiTest {

    private static final List<String> PAGES = List.of("Foyer", "Entretiens", "Consentement", "Vulnérabilités",
            "Éligibilité", "Statut", "Orientations", "Documents de voyage", "Vols", "Pièces jointes", "Historique");

    private static Workbench workbench;
    private static org.eclipse.swt.graphics.Point before;

    @BeforeAll
    static void laptop() throws Exception {
        workbench = Workbench.started();
        before = workbench.window.size();
        workbench.window.resize(1366, 768);
    }

    @AfterAll
    static void back() {
        workbench.window.resize(before.x, before.y);
    }

    /** What stays unreachable once the page has read its data and laid itself out (up to 3 s). */
    private static List<String> settled(Bot page) throws InterruptedException {
        List<String> found = page.unreachable();
        for (int i = 0; i < 15 && !found.isEmpty(); i++) {
            Thread.sleep(200);
            found = page.unreachable();
        }
        return found;
    }

    @Test
    void everyPageOfTheCaseAndRequestEditorsCanBeReachedOnALaptopScreen() throws Exception {
        String family = Workbench.uniqueFamilyName("Camara");
        MigrantCase c = workbench.cases.register(new NewCase(family, "Aissatou", null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1993), "GN"));
        HouseholdService households = Workbench.service(HouseholdService.class);
        households.addMember(c.getId(), new PersonDraft(family, "Mohamed Lamine", null, null, Sex.MALE,
                DateOfBirth.estimatedYear(1990), "GN"), Relationship.SPOUSE);
        Workbench.service(ConsentService.class).record(c.getId(), new ConsentInput(LocalDate.now(), "fr",
                EnumSet.of(Recipient.EMBASSY_OF_ORIGIN), null));
        workbench.openFromList(family, c.getCaseNumber());

        List<String> unreachable = new ArrayList<>();
        for (String title : PAGES) {
            Bot page = workbench.window.bot().page(title);
            settled(page).forEach(u -> unreachable.add(title + ": " + u));
        }

        TravelDocService docs = Workbench.service(TravelDocService.class);
        List<Long> persons = households.members(c.getId()).stream().map(p -> p.getId()).toList();
        TravelDocRequest r = docs.create(Workbench.service(EmbassyService.class).of("GN").get(0).getId(), persons,
                Channel.LETTER);
        Bot travel = workbench.window.bot().page("Documents de voyage");
        BotTable requests = travel.tableWithColumn("Référence");
        workbench.bot.waitUntil(() -> requests.rowCount() == 1, "the request listed");
        requests.select(0);
        travel.button("Ouvrir la demande").click();
        Bot editor = workbench.window.bot().cTabItem(r.getOurReference()).activate().bot();
        editor.labelContaining("Statut : ");
        settled(editor).forEach(u -> unreachable.add(r.getOurReference() + ": " + u));

        assertEquals(List.of(), unreachable, "controls a 1366x768 screen cuts off with no way to scroll to them");
    }
}
