package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.homeward.cases.model.AgeGroup;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.LeadTime;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.StatisticsFilter;
import org.homeward.cases.model.Tally;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.cases.model.service.CaseStatistics.Dimension;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/**
 * The case area's reporting counts on four cases of the first half of 2025, whose figures are written
 * here by hand:
 * <ul>
 * <li>A: registered 10 January, a Guinean woman born 1990 with her son born 2015, screened medical,
 * departed 15 March (64 days);</li>
 * <li>B: registered 1 February, a Senegalese man born 1985, departed 20 April (78 days);</li>
 * <li>C: registered 10 February, a Guinean woman born 1995, approved, withdrawn 1 March;</li>
 * <li>D: registered 5 March, a Malian man born 2000, still registered.</li>
 * </ul>
 * No other test writes in 2025.
 */
class CaseStatisticsTest {

    private static final StatisticsFilter HALF = StatisticsFilter.period(LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 6, 30));
    private static EntityManagerFactory emf;
    private static CaseStatisticsImpl stats;

    private static Clock at(int month, int day) {
        return Clock.fixed(Instant.parse(String.format("2025-%02d-%02dT09:00:00Z", month, day)), ZoneOffset.UTC);
    }

    private static MigrantCase register(int month, int day, Sex sex, int born, String nationality) throws Exception {
        return new CaseServiceImpl(emf, at(month, day), null, TestUser.ASSISTANT).register(new NewCase(
                "Stat" + TestDatabase.letters(8), "Awa", null, sex, DateOfBirth.estimatedYear(born), nationality));
    }

    /** Assessed eligible, consented and approved on the registration day; then each move on its day. */
    private static MigrantCase approve(MigrantCase c, int month, int day) throws Exception {
        new ConsentServiceImpl(emf, TestUser.ASSISTANT, at(month, day)).record(c.getId(), new ConsentInput(
                LocalDate.of(2025, month, day), "fr", EnumSet.of(Recipient.EMBASSY_OF_ORIGIN), null));
        new EligibilityServiceImpl(emf, TestUser.PROGRAMME_OFFICER, at(month, day)).assess(c.getId(),
                new EligibilityCriteria(true, true, true, true), EligibilityDecision.ELIGIBLE, null, null);
        c = move(c, CaseStatus.ELIGIBILITY_ASSESSED, month, day);
        return move(c, CaseStatus.APPROVED, month, day);
    }

    private static MigrantCase move(MigrantCase c, CaseStatus to, int month, int day) throws Exception {
        MigrantCase now = new CaseServiceImpl(emf, Clock.systemUTC(), null, TestUser.ASSISTANT).find(c.getId())
                .orElseThrow();
        return new CaseWorkflowServiceImpl(emf, TestUser.PROGRAMME_OFFICER, at(month, day)).transition(now.getId(),
                now.getVersion(), to, to == CaseStatus.WITHDRAWN ? "ne souhaite plus rentrer" : null);
    }

    private static void depart(MigrantCase c, int month, int day) throws Exception {
        for (CaseStatus s : List.of(CaseStatus.TRAVEL_DOCS_REQUESTED, CaseStatus.TRAVEL_DOCS_OBTAINED,
                CaseStatus.DEPARTURE_SCHEDULED, CaseStatus.DEPARTED)) {
            c = move(c, s, month, day);
        }
    }

    @BeforeAll
    static void fourCasesOf2025() throws Exception {
        emf = TestDatabase.emf();
        stats = new CaseStatisticsImpl(emf, TestUser.ASSISTANT, ZoneOffset.UTC);
        MigrantCase a = register(1, 10, Sex.FEMALE, 1990, "GN");
        long son = new HouseholdServiceImpl(emf, TestUser.ASSISTANT, at(1, 10)).addMember(a.getId(), new PersonDraft(
                a.getFamilyName(), "Sekou", null, null, Sex.MALE, DateOfBirth.estimatedYear(2015), "GN"),
                Relationship.CHILD).getId();
        long mother = new HouseholdServiceImpl(emf, TestUser.ASSISTANT, at(1, 10)).members(a.getId()).stream()
                .filter(p -> p.getId() != son).findFirst().orElseThrow().getId();
        new VulnerabilityServiceImpl(emf, TestUser.ASSISTANT, at(1, 10)).screen(a.getId(), mother, 0L,
                Map.of(VulnerabilityType.MEDICAL_CONDITION, ""));
        depart(approve(a, 1, 10), 3, 15);
        depart(approve(register(2, 1, Sex.MALE, 1985, "SN"), 2, 1), 4, 20);
        move(approve(register(2, 10, Sex.FEMALE, 1995, "GN"), 2, 10), CaseStatus.WITHDRAWN, 3, 1);
        register(3, 5, Sex.MALE, 2000, "ML");
    }

    @Test
    void returnsPerMonthCountPersonsOnTheirCasesDepartureDay() {
        assertEquals(List.of(new Tally("2025-01", 0), new Tally("2025-02", 0), new Tally("2025-03", 2),
                new Tally("2025-04", 1), new Tally("2025-05", 0), new Tally("2025-06", 0)),
                stats.returnsPerMonth(HALF));
    }

    @Test
    void returnsByNationalitySexAndAgeGroupAtDeparture() {
        assertEquals(List.of(new Tally("GN", 2), new Tally("SN", 1)), stats.returnsBy(Dimension.NATIONALITY, HALF));
        assertEquals(List.of(new Tally("MALE", 2), new Tally("FEMALE", 1)), stats.returnsBy(Dimension.SEX, HALF));
        assertEquals(List.of(new Tally("25-49", 2), new Tally("5-11", 1)), stats.returnsBy(Dimension.AGE_GROUP, HALF));
    }

    @Test
    void filtersNarrowTheCounts() {
        LocalDate from = HALF.from();
        LocalDate to = HALF.to();
        assertEquals(List.of(new Tally("GN", 2)), stats.returnsBy(Dimension.NATIONALITY,
                new StatisticsFilter(from, to, "GN", null, null, null)));
        assertEquals(List.of(new Tally("SN", 1)), stats.returnsBy(Dimension.NATIONALITY,
                new StatisticsFilter(from, to, null, Sex.MALE, AgeGroup.FROM_25_TO_49, null)));
        assertEquals(List.of(new Tally("GN", 2)), stats.returnsBy(Dimension.NATIONALITY,
                new StatisticsFilter(from, to, null, null, null, VulnerabilityType.MEDICAL_CONDITION)),
                "the medical case's household");
        assertEquals(List.of(new Tally("2025-03", 2)), stats.returnsPerMonth(StatisticsFilter.period(
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))));
        assertEquals(List.of(), stats.returnsBy(Dimension.SEX, StatisticsFilter.period(LocalDate.of(2025, 3, 16),
                LocalDate.of(2025, 4, 19))), "both days of a period count, and nothing between the departures");
    }

    @Test
    void thePipelineAndItsDropOffs() {
        assertEquals(List.of(new Tally("REGISTERED", 4), new Tally("ELIGIBILITY_ASSESSED", 3),
                new Tally("APPROVED", 3), new Tally("TRAVEL_DOCS_REQUESTED", 2), new Tally("TRAVEL_DOCS_OBTAINED", 2),
                new Tally("DEPARTURE_SCHEDULED", 2), new Tally("DEPARTED", 2)), stats.pipeline(HALF));
        assertEquals(List.of(new Tally("WITHDRAWN", 1), new Tally("REJECTED", 0), new Tally("SUSPENDED", 0),
                new Tally("NO_SHOW", 0)), stats.dropOffs(HALF));
        assertEquals(List.of(new Tally("REGISTERED", 2), new Tally("ELIGIBILITY_ASSESSED", 1),
                new Tally("APPROVED", 1), new Tally("TRAVEL_DOCS_REQUESTED", 0), new Tally("TRAVEL_DOCS_OBTAINED", 0),
                new Tally("DEPARTURE_SCHEDULED", 0), new Tally("DEPARTED", 0)),
                stats.pipeline(StatisticsFilter.period(
                        LocalDate.of(2025, 2, 5), LocalDate.of(2025, 3, 31))),
                "C and D, registered in that time");
    }

    @Test
    void leadTimeFromRegistrationToDeparture() {
        assertEquals(new LeadTime(2, 64, 78), stats.registrationToDeparture(HALF));
        assertEquals(new LeadTime(1, 78, 78), stats.registrationToDeparture(new StatisticsFilter(HALF.from(),
                HALF.to(), "SN", null, null, null)));
    }
}
