package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseOrder;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.DueAction;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NextAction;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.ValidationException;
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
        new VulnerabilityServiceImpl(emf, TestUser.ASSISTANT, Clock.systemUTC()).screen(malian.getId(), principal, 0L,
                Map.of(VulnerabilityType.DISABILITY, "fauteuil roulant"));

        assertEquals(List.of(withdrawn.getId(), guinean.getId()), ids(cases, new CaseFilter(family, null, null, "GN")));
        assertEquals(List.of(withdrawn.getId()), ids(cases, new CaseFilter(family, CaseStatus.WITHDRAWN, null, null)));
        assertEquals(List.of(malian.getId()), ids(cases, new CaseFilter(family, null, Priority.HIGH, null)));
        assertEquals(List.of(), ids(cases, new CaseFilter(family, CaseStatus.WITHDRAWN, null, "ML")));
        assertEquals(1, cases.count(new CaseFilter(family, CaseStatus.REGISTERED, Priority.NORMAL, null)));
        assertEquals(3, cases.count(new CaseFilter(family)));
        // a vulnerability of any person of the household
        assertEquals(List.of(malian.getId()),
                ids(cases, new CaseFilter(family).withVulnerability(VulnerabilityType.DISABILITY)));
        assertEquals(List.of(), ids(cases, new CaseFilter(family).withVulnerability(VulnerabilityType.PREGNANCY)));
        // registration dates, both days included
        LocalDate today = LocalDate.now();
        assertEquals(3, cases.count(new CaseFilter(family).withRegistered(today, today)));
        assertEquals(3, cases.count(new CaseFilter(family).withRegistered(null, today)));
        assertEquals(0, cases.count(new CaseFilter(family).withRegistered(today.plusDays(1), null)));
        assertEquals(0, cases.count(new CaseFilter(family).withRegistered(null, today.minusDays(1))));
        // sorted by a column, both ways, in the database
        CaseFilter byGiven = new CaseFilter(family).withOrder(new CaseOrder(CaseOrder.Column.GIVEN_NAMES, true));
        assertEquals(List.of(guinean.getId(), malian.getId(), withdrawn.getId()), ids(cases, byGiven));
        assertEquals(List.of(withdrawn.getId(), malian.getId(), guinean.getId()),
                ids(cases, byGiven.withOrder(new CaseOrder(CaseOrder.Column.GIVEN_NAMES, false))));
        // ML after GN, descending: the Malian first, then the Guineans newest first
        assertEquals(List.of(malian.getId(), withdrawn.getId(), guinean.getId()), ids(cases,
                new CaseFilter(family).withOrder(new CaseOrder(CaseOrder.Column.NATIONALITY, false))));
    }

    @Test
    void myDueNextActionsAreListedOldestFirstAndStaleEditsConflict() throws Exception {
        String family = "Camara" + TestDatabase.letters(6);
        CaseServiceImpl cases = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null, TestUser.ASSISTANT);
        MigrantCase later = cases.register(new NewCase(family, "Ibrahima", null, Sex.MALE,
                DateOfBirth.estimatedYear(1990), "GN"));
        MigrantCase overdue = cases.register(new NewCase(family, "Saran", null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1993), "GN"));
        MigrantCase someoneElses = cases.register(new NewCase(family, "Lamine", null, Sex.MALE,
                DateOfBirth.estimatedYear(1985), "GN"));
        LocalDate today = LocalDate.now();
        cases.setNextAction(later.getId(), later.getVersion(),
                new NextAction("Appeler la famille", today.plusDays(10), null));
        cases.setNextAction(overdue.getId(), overdue.getVersion(),
                new NextAction("Relancer l'ambassade", today.minusDays(2), ""));
        cases.setNextAction(someoneElses.getId(), someoneElses.getVersion(),
                new NextAction("Visite médicale", today, "karim.programme"));

        List<DueAction> due = cases.dueActions(TestUser.ASSISTANT.name(), today, 50).stream()
                .filter(d -> d.principal().startsWith(family)).toList();
        assertEquals(List.of(overdue.getId()), due.stream().map(DueAction::caseId).toList());
        assertEquals("Relancer l'ambassade", due.get(0).next().what());
        assertEquals(TestUser.ASSISTANT.name(), due.get(0).next().by());

        ValidationException bad = assertThrows(ValidationException.class,
                () -> cases.setNextAction(later.getId(), cases.find(later.getId()).orElseThrow().getVersion(),
                        new NextAction(" ", null, null)));
        assertEquals(List.of(NextAction.WHAT, NextAction.DUE), bad.problems().stream().map(p -> p.field()).toList());
        assertThrows(ConflictException.class, () -> cases.setNextAction(later.getId(), later.getVersion(),
                new NextAction("Autre", today, null)));
        assertEquals("Appeler la famille", cases.find(later.getId()).orElseThrow().getNextAction().what());
    }

    private static List<Long> ids(CaseServiceImpl cases, CaseFilter filter) {
        return cases.page(filter, 0, 10).stream().map(CaseRow::id).toList();
    }
}
