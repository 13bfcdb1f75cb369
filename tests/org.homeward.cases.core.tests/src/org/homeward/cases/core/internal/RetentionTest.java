package org.homeward.cases.core.internal;

import org.homeward.common.security.Permission;
import org.homeward.common.security.PermissionDeniedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDetails;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.cases.model.service.RetentionService.DueCase;
import org.homeward.common.security.Role;
import org.homeward.common.validation.RefusedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/**
 * The retention schedule in the case area: the preview lists the cases closed longer ago than the office's
 * years; their anonymisation clears names, phone numbers, documents, scans, notes and reasons, shreds the
 * key of the audit trail's copies, and the case still counts (the scan of every table of every area is
 * in the workbench tests).
 */
class RetentionTest {

    private static final TestUser ADMIN = new TestUser("amina.admin", Role.ADMINISTRATOR);
    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    @Test
    void closedCasesPastTheScheduleAreListedThenAnonymisedEverywhereAndStillCounted() throws Exception {
        String family = "Zerbo" + TestDatabase.letters(6);
        String arabic = "هبة زربو "
                + "ابتثجحخدذرزسشصضطظعغفقكلمنهوي".substring(new Random().nextInt(20)).substring(0, 6);
        String given = "Habibatou" + TestDatabase.letters(4);
        String phone = "+212 6" + (10_000_000 + new Random().nextInt(89_999_999));
        String passport = "ZP" + (1_000_000 + new Random().nextInt(8_999_999));
        String scanText = "scan-" + TestDatabase.letters(10);
        String note = "asthme " + TestDatabase.letters(8);
        Clock clock = Clock.systemDefaultZone();
        CaseServiceImpl cases = new CaseServiceImpl(emf, clock, null, TestUser.ASSISTANT);
        MigrantCase c = cases.register(new NewCase(family, given, arabic, Sex.FEMALE,
                DateOfBirth.exact(LocalDate.of(1990, 5, 17)), "BF"));
        HouseholdServiceImpl households = new HouseholdServiceImpl(emf, TestUser.ASSISTANT, clock);
        Person p = households.members(c.getId()).get(0);
        households.updateDetails(p.getId(), p.getVersion(), new PersonDetails("Bobo-Dioulasso", "fr", phone, "Rabat",
                LocalDate.of(2022, 1, 3), "Oujda", false));
        households.addDocument(p.getId(), DocumentKind.PASSPORT, passport, "BF", null);
        new AttachmentServiceImpl(emf, TestUser.ASSISTANT, clock, 1024 * 1024).attach(c.getId(),
                AttachmentKind.PASSPORT_SCAN, LocalDate.now(), family + ".pdf",
                ("%PDF-1.4\n" + scanText + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        new VulnerabilityServiceImpl(emf, TestUser.ASSISTANT, clock).screen(c.getId(), p.getId(), 0L,
                Map.of(VulnerabilityType.MEDICAL_CONDITION, note));
        CaseWorkflowServiceImpl workflow = new CaseWorkflowServiceImpl(emf, TestUser.PROGRAMME_OFFICER, clock);
        MigrantCase withdrawn = workflow.transition(c.getId(), cases.find(c.getId()).orElseThrow().getVersion(),
                CaseStatus.WITHDRAWN, "retrait de " + given + " " + family);
        workflow.transition(c.getId(), withdrawn.getVersion(), CaseStatus.CLOSED, "dossier de " + family + " clos");
        CaseFilter closedHere = new CaseFilter("", CaseStatus.CLOSED, null, "BF", null, null, null, null);
        long counted = cases.count(closedHere);

        RetentionServiceImpl retention = new RetentionServiceImpl(emf, ADMIN, clock, null);
        LocalDate today = LocalDate.now();
        LocalDate later = today.plusYears(retention.years()).plusDays(1);
        assertTrue(retention.due(today).stream().noneMatch(d -> d.caseId() == c.getId()), "closed today: not due");
        DueCase due = retention.due(later).stream().filter(d -> d.caseId() == c.getId()).findFirst().orElseThrow();
        assertEquals(new DueCase(c.getId(), c.getCaseNumber(), today, 1), due);
        assertThrows(PermissionDeniedException.class,
                () -> new RetentionServiceImpl(emf, TestUser.ASSISTANT, clock, null)
                        .due(later));
        MigrantCase open = TestDatabase.newCase(emf);

        int done = retention.anonymise(List.of(c.getId(), open.getId()), later, n -> {
        }, () -> false);

        assertEquals(1, done, "a case that is not due is left alone");
        Person cleared = households.members(c.getId()).get(0);
        assertEquals(List.of("", "", "BF"), List.of(cleared.getFamilyName(), cleared.getGivenNames(),
                cleared.getNationality().strip()));
        assertNull(cleared.getArabicName());
        assertNull(cleared.getDetails().phone());
        assertEquals(List.of(), households.documents(p.getId()));
        assertEquals(List.of(), new AttachmentServiceImpl(emf, ADMIN, clock, 1).attachments(c.getId()));
        assertTrue(new VulnerabilityServiceImpl(emf, ADMIN, clock).ofCase(c.getId()).stream()
                .allMatch(v -> v.getNote() == null), "the vulnerability stays, its note goes");
        assertTrue(new CaseWorkflowServiceImpl(emf, ADMIN, clock).history(c.getId()).stream()
                .allMatch(h -> h.getReason() == null), "reasons are free texts");
        assertEquals(counted, cases.count(closedHere), "the case still counts");
        assertTrue(retention.due(later).stream().noneMatch(d -> d.caseId() == c.getId()), "done once");
        MigrantCase after = cases.find(c.getId()).orElseThrow();
        assertEquals(List.of("BF", "FEMALE", "1990", "CLOSED"), List.of(after.getNationality().strip(),
                after.getSex().name(), String.valueOf(after.getDateOfBirth().year()), after.getStatus().name()));
        List<AuditEntry> trail = cases.auditTrail(c.getId());
        assertTrue(trail.stream().anyMatch(a -> RetentionServiceImpl.ANONYMISED.equals(a.getField())
                && a.getUserName().equals(ADMIN.name())), "audited");
        assertNull(trail.stream().filter(a -> "familyName".equals(a.getField())).findFirst().orElseThrow()
                .getNewValue(), "the trail's copy of the name can no longer be read");
        assertTrue(new AuditServiceImpl(emf, ADMIN).verify(n -> {
        }, () -> false).intact(), "and the trail is intact");
        assertEquals(1, cases.find(open.getId()).orElseThrow().getFamilyName().isEmpty() ? 0 : 1);
    }
}
