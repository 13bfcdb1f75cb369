package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDetails;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingDraft;
import org.homeward.movements.model.service.BookingService;
import org.homeward.referrals.model.Referral;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.tests.ui.driver.BotShell;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.TravelDocumentType;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.prefs.Preferences;

import jakarta.persistence.EntityManagerFactory;

/**
 * An administrator anonymises, from File > Data retention, a case closed longer ago than the office's
 * schedule: afterwards none of its names, phone number, passport and laissez-passer numbers, ticket
 * number, scan, referral note or reasons is left in any column of any table of any area (the database's
 * bytes scanned), and the case still counts.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RetentionUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void aCaseClosedLongAgoIsAnonymisedInEveryAreaFromTheRetentionDialog() throws Exception {
        Random random = new Random();
        String family = Workbench.uniqueFamilyName("Zerbo");
        String given = Workbench.uniqueFamilyName("Habibatou");
        String phone = "+212 6" + (10_000_000 + random.nextInt(89_999_999));
        String passport = "ZP" + (1_000_000 + random.nextInt(8_999_999));
        String laissezPasser = "LPX" + (1_000_000 + random.nextInt(8_999_999));
        String ticket = "235-" + (1_000_000_000L + random.nextInt(999_999_999));
        String scan = "scan-" + Workbench.uniqueFamilyName("q");
        String note = "suivi " + Workbench.uniqueFamilyName("n");
        MigrantCase c = ApprovedCases.approved(workbench, family, "GN", given);
        HouseholdService households = Workbench.service(HouseholdService.class);
        Person p = households.members(c.getId()).get(0);
        households.updateDetails(p.getId(), p.getVersion(), new PersonDetails("Labé", "fr", phone, "Rabat",
                LocalDate.now().minusYears(2), "Oujda", false));
        households.addDocument(p.getId(), org.homeward.cases.model.DocumentKind.PASSPORT, passport, "GN",
                LocalDate.now().plusYears(2));
        Workbench.service(AttachmentService.class).attach(c.getId(), AttachmentKind.PASSPORT_SCAN, LocalDate.now(),
                family + ".pdf", ("%PDF-1.4\n" + scan + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        ConsentService consents = Workbench.service(ConsentService.class);
        consents.record(c.getId(), new ConsentInput(LocalDate.now(), "fr", EnumSet.allOf(Recipient.class),
                Set.<ConsentDetail>of(), consents.consent(c.getId()).orElseThrow().getVersion()));
        ReferralService referrals = Workbench.service(ReferralService.class);
        long organisation = referrals.organisations().isEmpty()
                ? TestAccounts.call(Role.OPERATIONS_OFFICER, () -> referrals.addOrganisation("Association Oasis",
                        "Rabat", "soutien psychosocial", null)).getId()
                : referrals.organisations().get(0).getId();
        Referral r = referrals.refer(c.getId(), p.getId(), organisation, LocalDate.now(), "écoute pour " + given,
                null);
        referrals.addNote(r.getId(), r.getVersion(), note, null);
        TravelDocService docs = Workbench.service(TravelDocService.class);
        TravelDocRequest request = docs.create(Workbench.service(EmbassyService.class).of("GN").get(0).getId(),
                List.of(p.getId()), Channel.LETTER);
        request = docs.changeStatus(request.getId(), request.getVersion(), RequestStatus.SENT, LocalDate.now(),
                null);
        docs.recordIssued(docs.members(request.getId()).get(0).getId(), TravelDocumentType.LAISSEZ_PASSER,
                laissezPasser, LocalDate.now(), LocalDate.now().plusMonths(3));
        BookingService bookings = Workbench.service(BookingService.class);
        LocalDate day = LocalDate.now().plusDays(30);
        Booking b = bookings.book(new BookingDraft("Z" + c.getId() % 100000, "Agence Atlas", new BigDecimal("3100.00"),
                null, "MAD", null, null, null, List.of(new BookingDraft.SegmentDraft("AT", "527", "RBA", "CKY",
                        day.atTime(10, 0), day.atTime(15, 0))),
                List.of(new BookingDraft.PassengerDraft(p.getId(),
                        null, null))));
        bookings.ticket(b.getId(), b.getVersion(), Map.of(p.getId(), ticket));
        close(c, "retrait de " + given + " " + family);
        List<String> seeded = List.of(family, given, phone, passport, laissezPasser, ticket, scan, note);
        EntityManagerFactory emf = Workbench.service(EntityManagerFactory.class);
        assertEquals(seeded.size(), DatabaseScan.find(emf, seeded).stream().map(f -> f.substring(f.indexOf(": ") + 2))
                .distinct().count(), "the scan finds each seeded value before: " + DatabaseScan.find(emf, seeded));
        backdateClosure(emf, c.getId());
        CaseFilter closedGuineans = new CaseFilter("", CaseStatus.CLOSED, null, "GN", null, null, null, null);
        long counted = workbench.cases.count(closedGuineans);

        Role before = TestAccounts.signInAs(Role.ADMINISTRATOR);
        try {
            workbench.window.bot().menu("Fichier").menu("Conservation des données…").click();
            BotShell dialog = workbench.bot.shell("Conservation des données");
            BotTable due = dialog.bot().tableWithColumn("N° de dossier");
            workbench.bot.waitUntil(() -> due.indexOf(c.getCaseNumber(), 0) >= 0, "the case listed as due");
            assertFalse(due.column(0).contains(family), "no name in the preview");
            dialog.bot().button("Anonymiser ces dossiers…").click();
            workbench.bot.shell("Confirmer l'anonymisation").bot().button("OK").click();
            dialog.bot().labelContaining("anonymisé(s).");
            workbench.bot.waitUntil(() -> due.indexOf(c.getCaseNumber(), 0) < 0, "the case no longer due");
            dialog.bot().button("Fermer").click();
        } finally {
            TestAccounts.signInAs(before);
        }

        assertEquals(List.of(), DatabaseScan.find(emf, seeded), "no identified data of the case in any table");
        assertEquals(counted, workbench.cases.count(closedGuineans), "the case still counts");
        assertTrue(workbench.cases.find(c.getId()).orElseThrow().getFamilyName().isEmpty());
        workbench.filterCases(c.getCaseNumber(), 1);
        BotTable list = workbench.caseList();
        workbench.bot.waitUntil(() -> "(anonymisé)".equals(list.cell(0, 1)),
                "the list to say why the case has no name, says '" + list.cell(0, 1) + "'");
    }

    private static void close(MigrantCase c, String reason) throws Exception {
        Role before = TestAccounts.signInAs(Role.PROGRAMME_OFFICER);
        try {
            CaseWorkflowService workflow = Workbench.service(CaseWorkflowService.class);
            MigrantCase now = workbench.cases.find(c.getId()).orElseThrow();
            now = workflow.transition(c.getId(), now.getVersion(), CaseStatus.WITHDRAWN, reason);
            workflow.transition(c.getId(), now.getVersion(), CaseStatus.CLOSED, reason);
        } finally {
            TestAccounts.signInAs(before);
        }
    }

    /** The closure six years back, as if the case had been closed then. */
    private static void backdateClosure(EntityManagerFactory emf, long caseId) {
        var em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.createNativeQuery(
                    "UPDATE CASE_STATUS_CHANGE SET CHANGED_AT = ?1 WHERE CASE_ID = ?2 AND TO_STATUS = 'CLOSED'")
                    .setParameter(1, java.sql.Timestamp.valueOf(LocalDate.now().minusYears(6).atTime(10, 0)))
                    .setParameter(2, caseId).executeUpdate();
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }
}
