package org.homeward.app.tests;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.cases.model.service.EligibilityService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import org.osgi.service.prefs.Preferences;

/** Cases made ready to travel through the running workbench's services, as the earlier screens would. */
final class ApprovedCases {

    private ApprovedCases() {
    }

    /**
     * A household of {@code nationality}: a woman born 1990 ({@code givenNames[0]}) and her children,
     * consenting to the embassy, the mission of origin and the authorities, approved, each with a passport.
     */
    static MigrantCase approved(Workbench workbench, String family, String nationality, String... givenNames)
            throws Exception {
        HouseholdService households = Workbench.service(HouseholdService.class);
        MigrantCase c = workbench.cases.register(new NewCase(family, givenNames[0], null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1990), nationality));
        for (int i = 1; i < givenNames.length; i++) {
            households.addMember(c.getId(), new PersonDraft(family, givenNames[i], null, null, Sex.MALE,
                    DateOfBirth.estimatedYear(2012 + i), nationality), Relationship.CHILD);
        }
        Workbench.service(ConsentService.class).record(c.getId(), new ConsentInput(LocalDate.now(), "fr",
                EnumSet.of(Recipient.EMBASSY_OF_ORIGIN, Recipient.MISSION_OF_ORIGIN, Recipient.HOST_AUTHORITIES),
                Set.<ConsentDetail>of(), null));
        c = asProgrammeOfficer(workbench, c, CaseStatus.ELIGIBILITY_ASSESSED, CaseStatus.APPROVED);
        for (Person p : households.members(c.getId())) {
            households.addDocument(p.getId(), DocumentKind.PASSPORT, "R" + p.getId(), nationality,
                    LocalDate.now().plusYears(3));
        }
        return c;
    }

    /** Moves the case through {@code steps} as the programme officer (assessing it eligible first when asked). */
    static MigrantCase asProgrammeOfficer(Workbench workbench, MigrantCase c, CaseStatus... steps) throws Exception {
        Role before = TestAccounts.signInAs(Role.PROGRAMME_OFFICER); // approval is the programme officer's
        try {
            CaseWorkflowService workflow = Workbench.service(CaseWorkflowService.class);
            for (CaseStatus step : steps) {
                if (step == CaseStatus.ELIGIBILITY_ASSESSED) {
                    Workbench.service(EligibilityService.class).assess(c.getId(),
                            new EligibilityCriteria(true, true, true, true), EligibilityDecision.ELIGIBLE, null, null);
                }
                c = workbench.cases.find(c.getId()).orElseThrow();
                c = workflow.transition(c.getId(), c.getVersion(), step, null);
            }
            return c;
        } finally {
            TestAccounts.signInAs(before);
        }
    }
}
