package org.homeward.traveldocs.core.internal;

import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.homeward.cases.model.CaseStatus;
import org.homeward.traveldocs.core.internal.entity.TravelDocRequestEntity;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.SharingRecord;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.DocumentCheck;
import org.homeward.traveldocs.model.DocumentWarning;
import org.homeward.traveldocs.model.Embassy;
import org.homeward.traveldocs.model.Procedure;
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.RequestRow;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.RequiredDocument;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.TravelDocumentType;
import org.homeward.traveldocs.model.WorkingDays;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests to s.embassies on the real database with the DS case services: grouping, consent, the
 * sharing log, the case s.workflow moves, overdue answers and expiry warnings.
 */
class TravelDocServiceTest {

    private final LocalDate today = LocalDate.now();

    private static Services s;

    @BeforeAll
    static void services() throws Exception {
        s = Services.connect();
    }

    @AfterAll
    static void release() throws Exception {
        s.release();
    }

    private TravelDocServiceImpl service() {
        return s.docs(s.workflow, Services.ASSISTANT);
    }

    private MigrantCase approvedHousehold(String nationality, Recipient... scopes) throws Exception {
        return s.approvedHousehold(nationality, scopes);
    }

    private List<Long> persons(MigrantCase c) {
        return s.persons(c);
    }

    private Embassy embassyOf(String country) {
        return s.embassies.of(country).get(0);
    }

    private List<SharingRecord> sharings(long caseId) {
        return s.consents.sharings(caseId).stream().filter(x -> x.getRecipient() == Recipient.EMBASSY_OF_ORIGIN)
                .toList();
    }

    @Test
    void aGroupedRequestSentThenIssuedMovesTheCaseThroughTheWorkflowAndLogsTheSharing() throws Exception {
        MigrantCase c = approvedHousehold("GN", Recipient.EMBASSY_OF_ORIGIN);
        TravelDocServiceImpl docs = service();

        TravelDocRequest draft = docs.create(embassyOf("GN").getId(), persons(c), Channel.LETTER);
        assertEquals(RequestStatus.DRAFT, draft.getStatus());
        assertTrue(draft.getOurReference().startsWith("TD-" + today.getYear() + "-"), draft.getOurReference());
        assertEquals(2, docs.members(draft.getId()).size());
        assertEquals(List.of(), sharings(c.getId()), "nothing shared while a draft");

        TravelDocRequest sent = docs.changeStatus(draft.getId(), draft.getVersion(), RequestStatus.SENT, today, null);

        assertEquals(RequestStatus.SENT, sent.getStatus());
        assertEquals(CaseStatus.TRAVEL_DOCS_REQUESTED, s.cases.find(c.getId()).orElseThrow().getStatus());
        List<SharingRecord> shared = sharings(c.getId());
        assertEquals(2, shared.size(), "one row per person whose data went to the embassy");
        assertTrue(shared.get(0).getRecipientName().startsWith("Ambassade de "), shared.get(0).getRecipientName());
        assertEquals("awa.assistant", shared.get(0).getSharedBy());

        List<RequestMember> members = docs.members(draft.getId());
        LocalDate expiry = today.plusDays(60);
        docs.recordIssued(members.get(0).getId(), TravelDocumentType.LAISSEZ_PASSER, "LP 2026/118", today, expiry);
        assertEquals(CaseStatus.TRAVEL_DOCS_REQUESTED, s.cases.find(c.getId()).orElseThrow().getStatus(),
                "one person still waits for a document");
        docs.recordIssued(members.get(1).getId(), TravelDocumentType.LAISSEZ_PASSER, "LP 2026/119", today, null);

        assertEquals(CaseStatus.TRAVEL_DOCS_OBTAINED, s.cases.find(c.getId()).orElseThrow().getStatus());
        TravelDocRequest issued = Transactions.read(s.emf, em -> em.find(TravelDocRequestEntity.class, draft.getId()));
        assertEquals(RequestStatus.ISSUED, issued.getStatus());
        assertEquals(s.procedures.procedure("GN").expiryOf(today), docs.members(draft.getId()).get(1).getExpiresOn(),
                "without an expiry date the procedure's validity gives it");
        assertTrue(s.cases.auditTrail(c.getId()).stream().anyMatch(a -> "TravelDocMember".equals(a.getEntity())
                && "documentNumber".equals(a.getField()) && "LP 2026/118".equals(a.getNewValue())));
    }

    @Test
    void noRequestLeavesWhenTheConsentDoesNotCoverTheEmbassy() throws Exception {
        MigrantCase c = approvedHousehold("GN", Recipient.EMBASSY_OF_ORIGIN);
        s.consents.record(c.getId(), new ConsentInput(today, "fr", EnumSet.of(Recipient.MISSION_OF_ORIGIN),
                s.consents.consent(c.getId()).orElseThrow().getVersion()));
        TravelDocServiceImpl docs = service();
        TravelDocRequest draft = docs.create(embassyOf("GN").getId(), persons(c), Channel.EMAIL);

        RefusedException refused = assertThrows(RefusedException.class,
                () -> docs.changeStatus(draft.getId(), draft.getVersion(), RequestStatus.SENT, today, null));

        assertTrue(refused.getMessage().toLowerCase().contains("ambassade"), refused.getMessage());
        assertEquals(List.of(), sharings(c.getId()));
        assertEquals(RequestStatus.DRAFT,
                Transactions.read(s.emf, em -> em.find(TravelDocRequestEntity.class, draft.getId())).getStatus());
        assertEquals(CaseStatus.APPROVED, s.cases.find(c.getId()).orElseThrow().getStatus());
    }

    @Test
    void groupingFollowsTheProcedureAndANationalityGoesToItsOwnEmbassy() throws Exception {
        MigrantCase malian = approvedHousehold("ML", Recipient.EMBASSY_OF_ORIGIN);
        TestAccounts.as(Role.OPERATIONS_ASSISTANT, () -> s.procedures.save(s.procedures.procedure("ML"),
                new Procedure("ML", EnumSet.of(
                        RequiredDocument.PHOTOS, RequiredDocument.FINGERPRINTS), true, false, 15, 14, false,
                        new BigDecimal("300.00"), "MAD", true))); // procedures are kept with the directories
        TravelDocServiceImpl docs = service();
        List<org.homeward.cases.model.AuditEntry> audited = s.audit.trailOf(ProcedureServiceImpl.auditEntity("ML"))
                .stream().filter(a -> "processingDays".equals(a.getField())).toList();
        assertEquals("15", audited.get(0).getNewValue(), "the procedure's change is in the audit trail");

        ValidationException grouped = assertThrows(ValidationException.class,
                () -> docs.create(embassyOf("ML").getId(), persons(malian), Channel.IN_PERSON));
        assertEquals(List.of("persons"), grouped.problems().stream().map(FieldProblem::field).toList());
        assertTrue(grouped.problems().get(0).message().contains("une demande par personne"),
                grouped.problems().get(0).message());

        ValidationException wrongEmbassy = assertThrows(ValidationException.class,
                () -> docs.create(embassyOf("GN").getId(), persons(malian).subList(0, 1), Channel.LETTER));
        assertTrue(wrongEmbassy.problems().get(0).message().contains("n'est pas ressortissant"),
                wrongEmbassy.problems().get(0).message());

        TravelDocRequest one = docs.create(embassyOf("ML").getId(), persons(malian).subList(0, 1), Channel.LETTER);
        ValidationException twice = assertThrows(ValidationException.class,
                () -> docs.create(embassyOf("ML").getId(), persons(malian).subList(0, 1), Channel.LETTER));
        assertTrue(twice.problems().get(0).message().contains(one.getOurReference()));
    }

    @Test
    void aRequestPastItsProcessingTimeIsOverdueAndAnEarlyExpiryIsWarned() throws Exception {
        MigrantCase c = approvedHousehold("SN", Recipient.EMBASSY_OF_ORIGIN);
        TravelDocServiceImpl docs = service();
        Procedure senegal = s.procedures.procedure("SN");
        LocalDate sentLongAgo = today.minusDays(40);
        TravelDocRequest r = docs.create(embassyOf("SN").getId(), persons(c), Channel.LETTER);
        r = docs.changeStatus(r.getId(), r.getVersion(), RequestStatus.SENT, sentLongAgo, null);

        long id = r.getId();
        RequestRow row = docs.requests(today).stream().filter(x -> x.request().getId() == id).findFirst()
                .orElseThrow();
        assertTrue(row.overdue(), "sent 40 days ago, " + senegal.processingDays() + " working days expected");
        assertEquals(40, row.ageDays());
        assertEquals(2, row.persons());

        List<RequestMember> members = docs.members(id);
        for (RequestMember m : members) {
            docs.recordIssued(m.getId(), TravelDocumentType.LAISSEZ_PASSER, "SN-" + m.getId(), today.minusDays(1),
                    today.plusDays(10));
        }
        docs.planDeparture(c.getId(), docs.plannedDeparture(c.getId()).version(), today.plusDays(20));
        assertEquals(today.plusDays(20), docs.plannedDeparture(c.getId()).on());

        List<DocumentWarning> warnings = docs.warnings(today, 7).stream().filter(w -> w.caseId() == c.getId())
                .toList();
        assertEquals(2, warnings.size());
        assertEquals(DocumentCheck.Problem.EXPIRES_BEFORE_DEPARTURE, warnings.get(0).check().problem());
        assertTrue(docs.requests(today).stream().filter(x -> x.request().getId() == id).noneMatch(RequestRow::overdue),
                "answered requests are not overdue");
    }

    @Test
    void theOfficeCalendarsHolidaysPushTheAnswerDueDay() throws Exception {
        MigrantCase c = approvedHousehold("SN", Recipient.EMBASSY_OF_ORIGIN);
        TravelDocServiceImpl docs = service();
        int processing = s.procedures.procedure("SN").processingDays();
        LocalDate monday = today.minusWeeks(8).with(java.time.DayOfWeek.MONDAY);
        TravelDocRequest r = docs.create(embassyOf("SN").getId(), persons(c), Channel.LETTER);
        r = docs.changeStatus(r.getId(), r.getVersion(), RequestStatus.SENT, monday, null);
        long id = r.getId();
        LocalDate weekendsOnly = docs.requestsOf(c.getId(), today).get(0).answerDue();
        assertEquals(WorkingDays.WEEKENDS_ONLY.add(monday, processing), weekendsOnly);

        // the next two working days after sending are public holidays of the office's country
        java.util.Set<LocalDate> holidays = java.util.Set.of(monday.plusDays(1), monday.plusDays(2));
        docs.setCalendar(new org.homeward.common.office.OfficeCalendar() {

            @Override
            public java.util.Set<java.time.DayOfWeek> weekend() {
                return java.util.EnumSet.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
            }

            @Override
            public java.util.Set<LocalDate> holidays(int year) {
                return holidays.stream().filter(d -> d.getYear() == year).collect(java.util.stream.Collectors.toSet());
            }
        });
        RequestRow row = docs.requests(today).stream().filter(x -> x.request().getId() == id).findFirst()
                .orElseThrow();
        assertEquals(new WorkingDays(java.util.EnumSet.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY),
                holidays).add(monday, processing), row.answerDue());
        assertTrue(row.answerDue().isAfter(weekendsOnly), row.answerDue() + " after " + weekendsOnly);
    }

    @Test
    void detailsAreEditedByFieldAndAScanJoinsTheIssuedDocumentOnly() throws Exception {
        MigrantCase c = approvedHousehold("SN", Recipient.EMBASSY_OF_ORIGIN);
        TravelDocServiceImpl docs = service();
        TravelDocRequest r = docs.create(embassyOf("SN").getId(), persons(c), Channel.LETTER);
        long id = r.getId();
        long version = r.getVersion();
        ValidationException tooLong = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> docs.updateDetails(id, version, Channel.EMAIL, "x".repeat(61), null));
        assertEquals(TravelDocService.THEIR_REFERENCE, tooLong.problems().get(0).field());
        r = docs.updateDetails(id, version, Channel.EMAIL, " AMB/SN/2026/114 ", "Photos, copies des passeports");
        assertEquals("AMB/SN/2026/114", r.getTheirReference());
        assertEquals(Channel.EMAIL, docs.request(id, today).orElseThrow().request().getChannel());
        long stale = version;
        org.junit.jupiter.api.Assertions.assertThrows(ConflictException.class,
                () -> docs.updateDetails(id, stale, Channel.LETTER, null, null));

        RequestMember first = docs.members(id).get(0);
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("scan", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
        org.junit.jupiter.api.Assertions.assertThrows(RefusedException.class, () -> docs.attachScan(first.getId(), pdf),
                "no document recorded yet");
        r = docs.changeStatus(id, docs.request(id, today).orElseThrow().request().getVersion(), RequestStatus.SENT,
                today, null);
        docs.recordIssued(first.getId(), TravelDocumentType.LAISSEZ_PASSER, "LP-1", today, null);
        int before = s.attachments.attachments(c.getId()).size();
        java.nio.file.Path text = java.nio.file.Files.createTempFile("scan", ".pdf");
        java.nio.file.Files.writeString(text, "not a scan at all");
        org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> docs.attachScan(first.getId(), text));
        assertEquals(before, s.attachments.attachments(c.getId()).size(), "a refused file is not kept");

        RequestMember scanned = docs.attachScan(first.getId(), pdf);
        var kept = s.attachments.attachments(c.getId()).get(0);
        assertEquals(kept.getId(), scanned.getScanAttachmentId());
        assertEquals(org.homeward.cases.model.AttachmentKind.TRAVEL_DOCUMENT, kept.getKind());
        assertEquals(today, kept.getDocumentDate());
    }

    @Test
    void aRefusalNeedsAReasonAndClosesTheRequestToDocuments() throws Exception {
        MigrantCase c = approvedHousehold("CI", Recipient.EMBASSY_OF_ORIGIN);
        TravelDocServiceImpl docs = service();
        TravelDocRequest r = docs.create(embassyOf("CI").getId(), persons(c), Channel.EMAIL);
        TravelDocRequest sent = docs.changeStatus(r.getId(), r.getVersion(), RequestStatus.SENT, today, null);
        TravelDocRequest chased = docs.setFollowUp(sent.getId(), sent.getVersion(), today.plusDays(5));
        assertEquals(today.plusDays(5), chased.getFollowUpOn());
        assertThrows(org.homeward.common.validation.ConflictException.class,
                () -> docs.setFollowUp(sent.getId(), sent.getVersion(), today.plusDays(9)));

        ValidationException noReason = assertThrows(ValidationException.class,
                () -> docs.changeStatus(r.getId(), chased.getVersion(), RequestStatus.REFUSED, today, " "));
        assertEquals(List.of("reason"), noReason.problems().stream().map(FieldProblem::field).toList());
        TravelDocRequest refused = docs.changeStatus(r.getId(), chased.getVersion(), RequestStatus.REFUSED, today,
                "Nationalité non établie par l'entretien consulaire");

        assertEquals(RequestStatus.REFUSED, refused.getStatus());
        long member = docs.members(r.getId()).get(0).getId();
        assertThrows(RefusedException.class, () -> docs.recordIssued(member, TravelDocumentType.LAISSEZ_PASSER,
                "X1", today, null));
        RefusedException back = assertThrows(RefusedException.class,
                () -> docs.changeStatus(r.getId(), refused.getVersion(), RequestStatus.SENT, today, null));
        assertTrue(back.getMessage().contains("Refusée"), back.getMessage());
        assertEquals(CaseStatus.TRAVEL_DOCS_REQUESTED, s.cases.find(c.getId()).orElseThrow().getStatus(),
                "the case waits for a new request");
    }
}
