package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Priority;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.VulnerabilityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/** The case list narrowed by status, priority and nationality, together with the type-ahead. */
class CaseListFilterTest {

    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    @Test
    void statusPriorityAndNationalityNarrowTheList() throws Exception {
        String family = "Fofana" + TestDatabase.letters(6);
        CaseServiceImpl cases = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null, TestUser.ASSISTANT);
        MigrantCase guinean = cases
                .register(new NewCase(family, "Awa", null, Sex.FEMALE, DateOfBirth.estimatedYear(1990),
                        "GN"));
        MigrantCase malian = cases.register(new NewCase(family, "Binta", null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1991), "ML"));
        MigrantCase withdrawn = cases.register(new NewCase(family, "Coumba", null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1992), "GN"));
        new CaseWorkflowServiceImpl(emf, TestUser.ASSISTANT, Clock.systemUTC()).transition(withdrawn.getId(),
                withdrawn.getVersion(), CaseStatus.WITHDRAWN, "reste au Maroc");
        long principal = new HouseholdServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone())
                .members(malian.getId()).get(0).getId();
        new VulnerabilityServiceImpl(emf, TestUser.ASSISTANT, Clock.systemUTC()).screen(malian.getId(), principal,
                Map.of(VulnerabilityType.DISABILITY, "fauteuil roulant"));

        assertEquals(List.of(withdrawn.getId(), guinean.getId()), ids(cases, new CaseFilter(family, null, null, "GN")));
        assertEquals(List.of(withdrawn.getId()), ids(cases, new CaseFilter(family, CaseStatus.WITHDRAWN, null, null)));
        assertEquals(List.of(malian.getId()), ids(cases, new CaseFilter(family, null, Priority.HIGH, null)));
        assertEquals(List.of(), ids(cases, new CaseFilter(family, CaseStatus.WITHDRAWN, null, "ML")));
        assertEquals(1, cases.count(new CaseFilter(family, CaseStatus.REGISTERED, Priority.NORMAL, null)));
        assertEquals(3, cases.count(new CaseFilter(family)));
    }

    private static List<Long> ids(CaseServiceImpl cases, CaseFilter filter) {
        return cases.page(filter, 0, 10).stream().map(CaseRow::id).toList();
    }
}
