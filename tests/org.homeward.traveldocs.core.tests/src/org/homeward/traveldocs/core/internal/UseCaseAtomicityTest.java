package org.homeward.traveldocs.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.SharingRecord;
import org.homeward.cases.model.StatusChange;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.RefusedException;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.TravelDocumentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A use case that spans areas commits once: when one part is refused, nothing of it stays. */
class UseCaseAtomicityTest {

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

    /** The real workflow, except that it refuses to move a case to TRAVEL_DOCS_REQUESTED. */
    private CaseWorkflowService refusingRequested() {
        CaseWorkflowService real = s.workflow;
        return new CaseWorkflowService() {

            @Override
            public Map<CaseStatus, List<String>> options(long caseId) {
                return real.options(caseId);
            }

            @Override
            public MigrantCase transition(long caseId, long expectedVersion, CaseStatus target, String reason)
                    throws RefusedException, org.homeward.common.validation.ConflictException {
                if (target == CaseStatus.TRAVEL_DOCS_REQUESTED) {
                    throw new RefusedException(List.of("refused by the workflow"));
                }
                return real.transition(caseId, expectedVersion, target, reason);
            }

            @Override
            public List<StatusChange> history(long caseId) {
                return real.history(caseId);
            }
        };
    }

    private TravelDocServiceImpl docs(CaseWorkflowService workflow, CurrentUser user) {
        return s.docs(workflow, user);
    }

    private List<SharingRecord> sharings(long caseId) {
        return s.consents.sharings(caseId);
    }

    @Test
    void aRequestWhoseCaseMoveIsRefusedStaysDraftWithNoSharingRecord() throws Exception {
        MigrantCase c = s.approvedHousehold("GN", Recipient.EMBASSY_OF_ORIGIN);
        TravelDocServiceImpl docs = docs(refusingRequested(), Services.ASSISTANT);
        TravelDocRequest draft = docs.create(s.embassies.of("GN").get(0).getId(), s.persons(c), Channel.LETTER);

        RefusedException e = assertThrows(RefusedException.class,
                () -> docs.changeStatus(draft.getId(), draft.getVersion(), RequestStatus.SENT, today, null));

        assertEquals(List.of("refused by the workflow"), e.reasons());
        TravelDocRequest after = docs.request(draft.getId(), today).orElseThrow().request();
        assertEquals(RequestStatus.DRAFT, after.getStatus());
        assertEquals(null, after.getSentOn());
        assertEquals(draft.getVersion(), after.getVersion());
        assertEquals(List.of(), sharings(c.getId()), "nothing logged as shared with the embassy");
        assertEquals(CaseStatus.APPROVED, s.cases.find(c.getId()).orElseThrow().getStatus());

        TravelDocRequest sent = docs(s.workflow, Services.ASSISTANT).changeStatus(draft.getId(), after.getVersion(),
                RequestStatus.SENT, today, null);
        assertEquals(RequestStatus.SENT, sent.getStatus(), "the same request goes once the workflow agrees");
        assertEquals(CaseStatus.TRAVEL_DOCS_REQUESTED, s.cases.find(c.getId()).orElseThrow().getStatus());
        assertEquals(2, sharings(c.getId()).size());
    }

    @Test
    void aScanWhoseLinkFailsLeavesNoAttachment() throws Exception {
        MigrantCase c = s.approvedHousehold("SN", Recipient.EMBASSY_OF_ORIGIN);
        TravelDocServiceImpl docs = docs(s.workflow, Services.ASSISTANT);
        TravelDocRequest r = docs.create(s.embassies.of("SN").get(0).getId(), s.persons(c), Channel.LETTER);
        r = docs.changeStatus(r.getId(), r.getVersion(), RequestStatus.SENT, today, null);
        RequestMember first = docs.members(r.getId()).get(0);
        docs.recordIssued(first.getId(), TravelDocumentType.LAISSEZ_PASSER, "LP-77", today, null);
        Path pdf = Files.createTempFile("scan", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
        int before = s.attachments.attachments(c.getId()).size();

        // the link's audit row cannot be written for this user: the link fails after the attachment is made
        assertThrows(RuntimeException.class,
                () -> docs(s.workflow, LetterServiceTest.UNLOGGABLE).attachScan(first.getId(), pdf));

        assertEquals(before, s.attachments.attachments(c.getId()).size(), "no attachment without its link");
        assertEquals(null, docs.members(r.getId()).get(0).getScanAttachmentId());
    }
}
