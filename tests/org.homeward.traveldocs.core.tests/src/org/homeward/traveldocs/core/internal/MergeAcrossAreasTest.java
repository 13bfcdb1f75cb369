package org.homeward.traveldocs.core.internal;

import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.cases.model.service.CaseMergeService;
import org.homeward.referrals.model.Organisation;
import org.homeward.referrals.model.Referral;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.prefs.Preferences;

/**
 * Merging two cases with the running services: every area moves its own rows of the merged case
 * (referrals, travel-document request members, attachments, planned departure) to the kept case,
 * in the merge's one transaction.
 */
class MergeAcrossAreasTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private final LocalDate today = LocalDate.now();
    private static Services s;
    private static CaseMergeService merges;
    private static ReferralService referrals;
    private static TravelDocService docs;
    private final Preferences user = InstanceScope.INSTANCE.getNode("org.homeward.common");

    @BeforeAll
    static void services() throws Exception {
        s = Services.connect();
        merges = Services.service(CaseMergeService.class, null);
        referrals = Services.service(ReferralService.class, null);
        docs = Services.service(TravelDocService.class, null);
    }

    @AfterAll
    static void release() throws Exception {
        s.release();
    }

    /** The case registered twice, with a referral, a travel-document request, a scan and a departure. */
    private record Twice(MigrantCase kept, MigrantCase merged, Referral referral, TravelDocRequest request,
            long attachmentId) {
    }

    private Twice twice() throws Exception {
        MigrantCase kept = s.approvedHousehold("GN", Recipient.EMBASSY_OF_ORIGIN, Recipient.PARTNER_ORGANISATIONS);
        MigrantCase merged = s.approvedHousehold("GN", Recipient.EMBASSY_OF_ORIGIN,
                Recipient.PARTNER_ORGANISATIONS);
        Organisation org = TestAccounts.call(Role.OPERATIONS_ASSISTANT, // who keeps the directory
                () -> referrals.addOrganisation("Caritas " + Services.family("R"), "Rabat", "écoute", null));
        long person = s.persons(merged).get(0);
        Referral referral = referrals.refer(merged.getId(), person, org.getId(), today, "Soutien psychosocial",
                null);
        TravelDocRequest request = docs.create(s.embassies.of("GN").get(0).getId(), s.persons(merged),
                Channel.LETTER);
        long attachment = s.attachments.attach(merged.getId(), AttachmentKind.PASSPORT_SCAN, today, "passeport.pdf",
                PDF).getId();
        docs.planDeparture(merged.getId(), 0, today.plusDays(30));
        return new Twice(kept, merged, referral, request, attachment);
    }

    private MigrantCase mergeAsAdministrator(Twice t) throws Exception {
        TestAccounts.signInAs(Role.ADMINISTRATOR);
        try {
            org.homeward.cases.model.service.CaseService cases = Services.service(
                    org.homeward.cases.model.service.CaseService.class, null); // the versions as the merge dialog reads them
            return merges.merge(t.kept().getId(), cases.find(t.kept().getId()).orElseThrow().getVersion(),
                    t.merged().getId(), cases.find(t.merged().getId()).orElseThrow().getVersion(),
                    "enregistré deux fois");
        } finally {
            TestAccounts.signInAs(Role.PROGRAMME_OFFICER);
        }
    }

    @Test
    void eachAreaMovesItsRowsOfTheMergedCaseToTheKeptOne() throws Exception {
        Twice t = twice();

        mergeAsAdministrator(t);

        assertEquals(CaseStatus.CLOSED, s.cases.find(t.merged().getId()).orElseThrow().getStatus());
        assertEquals(List.of(t.referral().getId()),
                referrals.referrals(t.kept().getId()).stream().map(Referral::getId).toList(), "the referral");
        assertEquals(List.of(), referrals.referrals(t.merged().getId()));
        List<RequestMember> members = docs.members(t.request().getId());
        assertEquals(2, members.size());
        assertTrue(members.stream().allMatch(m -> m.getCaseId() == t.kept().getId()), "the request's persons");
        assertEquals(List.of(t.request().getId()), docs.requestsOf(t.kept().getId(), today).stream()
                .map(r -> r.request().getId()).toList());
        assertTrue(s.attachments.attachments(t.kept().getId()).stream().anyMatch(a -> a.getId() == t.attachmentId()),
                "the attachment");
        assertEquals(List.of(), s.attachments.attachments(t.merged().getId()));
        assertEquals(today.plusDays(30), docs.plannedDeparture(t.kept().getId()).on(), "the planned departure");
        assertEquals(null, docs.plannedDeparture(t.merged().getId()).on());
    }

    @Test
    void aParticipantThatRefusesLeavesBothCasesAsTheyWere() throws Exception {
        Twice t = twice();
        ServiceRegistration<CaseLifecycleParticipant> refusing = FrameworkUtil.getBundle(MergeAcrossAreasTest.class)
                .getBundleContext().registerService(CaseLifecycleParticipant.class, (kept, merged) -> {
                    throw new IllegalStateException("a plugin refuses the merge");
                }, null);
        try {
            assertThrows(IllegalStateException.class, () -> mergeAsAdministrator(t));
        } finally {
            refusing.unregister();
        }

        assertEquals(CaseStatus.APPROVED, s.cases.find(t.merged().getId()).orElseThrow().getStatus());
        assertEquals(2, s.persons(t.merged()).size(), "the persons stayed");
        assertEquals(1, referrals.referrals(t.merged().getId()).size(), "the referral stayed");
        assertTrue(docs.members(t.request().getId()).stream().allMatch(m -> m.getCaseId() == t.merged().getId()));
        assertEquals(1, s.attachments.attachments(t.merged().getId()).size());
        assertEquals(today.plusDays(30), docs.plannedDeparture(t.merged().getId()).on());
    }
}
