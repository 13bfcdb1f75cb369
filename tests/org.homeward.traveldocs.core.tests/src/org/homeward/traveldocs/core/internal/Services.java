package org.homeward.traveldocs.core.internal;

import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.EligibilityService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Role;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.service.ProcedureService;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.Preferences;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManagerFactory;

/**
 * The running DS services the travel-document tests use, and the steps that bring a case to
 * APPROVED (the DS user is made a programme officer through the preferences meanwhile).
 */
final class Services {

    static final CurrentUser ASSISTANT = new CurrentUser() {

        @Override
        public String name() {
            return "awa.assistant";
        }

        @Override
        public Role role() {
            return Role.OPERATIONS_ASSISTANT;
        }
    };

    final EntityManagerFactory emf;
    final CaseService cases;
    final HouseholdService households;
    final ConsentService consents;
    final CaseWorkflowService workflow;
    final EligibilityService eligibility;
    final ProcedureService procedures;
    final EmbassyService embassies;
    final AttachmentService attachments;
    final org.homeward.cases.model.service.AuditService audit;
    private final Preferences user = InstanceScope.INSTANCE.getNode("org.homeward.common");

    private Services() throws Exception {
        emf = service(EntityManagerFactory.class, null);
        cases = service(CaseService.class, null);
        households = service(HouseholdService.class, null);
        consents = service(ConsentService.class, null);
        workflow = service(CaseWorkflowService.class, null);
        eligibility = service(EligibilityService.class, null);
        procedures = service(ProcedureService.class, null);
        embassies = service(EmbassyService.class, null);
        attachments = service(AttachmentService.class, null);
        audit = service(org.homeward.cases.model.service.AuditService.class, null);
        TestAccounts.signInAs(Role.PROGRAMME_OFFICER); // who may decide eligibility and approve
        directory();
    }

    /**
     * The representations the tests write to, as an office enters them in its directory (core seeds
     * none; the host country's plugin does, and is not installed here).
     */
    private void directory() throws Exception {
        Role before = TestAccounts.signInAs(Role.OPERATIONS_OFFICER); // who keeps the directory
        try {
            embassies();
        } finally {
            TestAccounts.signInAs(before);
        }
    }

    private void embassies() throws Exception {
        for (String[] r : List.of(new String[]{"GN", "fr"}, new String[]{"SN", "fr"}, new String[]{"CI", "fr"},
                new String[]{"ML", "fr"}, new String[]{"SD", "ar,en"})) {
            synchronized (Services.class) {
                if (embassies.of(r[0]).isEmpty()) {
                    embassies.add(r[0], org.homeward.traveldocs.model.Embassy.Kind.EMBASSY, "Rabat", r[1]);
                }
            }
        }
    }

    static Services connect() throws Exception {
        return new Services();
    }

    void release() throws Exception {
        TestAccounts.signInAs(Role.OPERATIONS_ASSISTANT);
    }

    static <T> T service(Class<T> type, String filter) throws Exception {
        var context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> t = filter == null
                ? new ServiceTracker<>(context, type, null)
                : new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + type.getName() + ")"
                        + filter + ")"), null);
        t.open();
        T found = t.waitForService(60_000);
        assertNotNull(found, type.getSimpleName());
        return found;
    }

    /** Consent to {@code scopes}, an eligible decision, then the moves to APPROVED. */
    MigrantCase approve(MigrantCase registered, Recipient... scopes) throws Exception {
        EnumSet<Recipient> set = EnumSet.noneOf(Recipient.class);
        set.addAll(List.of(scopes));
        consents.record(registered.getId(), new ConsentInput(LocalDate.now(), "fr", set, null));
        eligibility.assess(registered.getId(), new EligibilityCriteria(true, true, true, true),
                EligibilityDecision.ELIGIBLE, null, null);
        MigrantCase c = cases.find(registered.getId()).orElseThrow();
        c = workflow.transition(c.getId(), c.getVersion(), CaseStatus.ELIGIBILITY_ASSESSED, null);
        return workflow.transition(c.getId(), c.getVersion(), CaseStatus.APPROVED, null);
    }

    static String family(String stem) {
        return stem + new java.util.Random().ints(5, 'a', 'z' + 1).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append);
    }

    /** A household of two of {@code nationality}, consent given to {@code scopes}, approved. */
    MigrantCase approvedHousehold(String nationality, Recipient... scopes) throws Exception {
        String family = family("Sow");
        MigrantCase c = cases.register(new org.homeward.cases.model.NewCase(family, "Mariama", null,
                org.homeward.cases.model.Sex.FEMALE, org.homeward.cases.model.DateOfBirth.estimatedYear(1990),
                nationality));
        households.addMember(c.getId(), new org.homeward.cases.model.PersonDraft(family, "Ibrahima", null, null,
                org.homeward.cases.model.Sex.MALE, org.homeward.cases.model.DateOfBirth.estimatedYear(1988),
                nationality), org.homeward.cases.model.Relationship.SPOUSE);
        return approve(c, scopes);
    }

    List<Long> persons(MigrantCase c) {
        return households.members(c.getId()).stream().map(p -> p.getId()).toList();
    }

    /** The travel-document service for {@code user}, on the running case services. */
    TravelDocServiceImpl docs(CaseWorkflowService workflow, CurrentUser user) {
        TravelDocServiceImpl docs = new TravelDocServiceImpl(emf, procedures, consents, workflow, user,
                java.time.Clock.systemDefaultZone());
        docs.setCaseServices(cases, households, attachments, audit);
        return docs;
    }

    /** The letter service for {@code user}, on the running case services. */
    LetterServiceImpl letters(CurrentUser user) {
        return letters(user, null);
    }

    /** The letter service for {@code user} writing for {@code office} (null: no office plugin). */
    LetterServiceImpl letters(CurrentUser user, org.homeward.common.office.OfficeProfile office) {
        LetterServiceImpl letters = new LetterServiceImpl(emf, consents, procedures, user, office,
                java.time.Clock.systemDefaultZone());
        letters.setCaseServices(households, audit, attachments);
        return letters;
    }
}
