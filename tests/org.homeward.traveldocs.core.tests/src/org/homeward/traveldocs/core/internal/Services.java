package org.homeward.traveldocs.core.internal;

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
    private final Preferences user = InstanceScope.INSTANCE.getNode("org.homeward.common");

    private Services() throws Exception {
        emf = service(EntityManagerFactory.class, null);
        cases = service(CaseService.class, null);
        households = service(HouseholdService.class, null);
        consents = service(ConsentService.class, null);
        workflow = service(CaseWorkflowService.class, null);
        eligibility = service(EligibilityService.class, null);
        procedures = service(ProcedureService.class, "(!(country=*))");
        embassies = service(EmbassyService.class, null);
        attachments = service(AttachmentService.class, null);
        user.put("user.role", "PROGRAMME_OFFICER"); // who may decide eligibility and approve
    }

    static Services connect() throws Exception {
        return new Services();
    }

    void release() {
        user.remove("user.role");
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
}
