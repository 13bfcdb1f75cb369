package org.homeward.reporting.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.homeward.cases.model.LeadTime;
import org.homeward.cases.model.StatisticsFilter;
import org.homeward.cases.model.Tally;
import org.homeward.cases.model.service.CaseStatistics;
import org.homeward.movements.model.Spending;
import org.homeward.traveldocs.model.EmbassyWait;
import org.homeward.traveldocs.model.service.TravelDocStatistics;
import org.homeward.movements.model.service.SpendingStatistics;
import org.homeward.reporting.model.ChartSeries;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in reports' tables, totals and chart series, from counts written here by hand (the case
 * area's statistics are tested on the database in their own bundle).
 */
class BuiltInReportsTest {

    private static final ReportFilter Q1 = ReportFilter.period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

    /** The case area's counts for the first quarter of 2025, as a programme officer would read them. */
    private static final CaseStatistics STATS = new CaseStatistics() {

        @Override
        public List<Tally> returnsPerMonth(StatisticsFilter filter) {
            return List.of(new Tally("2025-01", 12), new Tally("2025-02", 0), new Tally("2025-03", 28));
        }

        @Override
        public List<Tally> returnsBy(Dimension dimension, StatisticsFilter filter) {
            return switch (dimension) {
                case NATIONALITY -> List.of(new Tally("GN", 20), new Tally("SN", 15), new Tally("ML", 5));
                case SEX -> List.of(new Tally("MALE", 30), new Tally("FEMALE", 10));
                case AGE_GROUP -> List.of(new Tally("25-49", 31), new Tally("5-11", 6), new Tally("18-24", 3));
            };
        }

        @Override
        public List<Tally> pipeline(StatisticsFilter filter) {
            return List.of(new Tally("REGISTERED", 100), new Tally("ELIGIBILITY_ASSESSED", 90),
                    new Tally("APPROVED", 80), new Tally("TRAVEL_DOCS_REQUESTED", 70),
                    new Tally("TRAVEL_DOCS_OBTAINED", 55), new Tally("DEPARTURE_SCHEDULED", 45),
                    new Tally("DEPARTED", 40));
        }

        @Override
        public List<Tally> dropOffs(StatisticsFilter filter) {
            return List.of(new Tally("WITHDRAWN", 9), new Tally("REJECTED", 10), new Tally("SUSPENDED", 2),
                    new Tally("NO_SHOW", 3));
        }

        @Override
        public LeadTime registrationToDeparture(StatisticsFilter filter) {
            return new LeadTime(40, 61.5, 118.25);
        }
    };

    @BeforeAll
    static void french() {
        Locale.setDefault(Locale.FRENCH);
    }

    @Test
    void returnsPerMonthTotalTheQuarterAndChartEveryMonth() {
        ReportResult r = new ReturnsPerMonthReport(STATS).run(Q1, () -> false);

        assertEquals(List.of(List.of("2025-01", "12", "30.0"), List.of("2025-02", "0", "0.0"),
                List.of("2025-03", "28", "70.0")), r.table().rows());
        assertEquals(List.of("Total", "40", "100.0"), r.table().totals());
        assertEquals(List.of(new ChartSeries("Retours", List.of("2025-01", "2025-02", "2025-03"),
                List.of(12.0, 0.0, 28.0))), r.series());
    }

    @Test
    void returnsByNationalityNameTheCountriesWithTheirShare() {
        ReportResult r = new ReturnsByNationalityReport(STATS).run(Q1, () -> false);

        assertEquals(List.of(List.of("Guinée", "20", "50.0"), List.of("Sénégal", "15", "37.5"),
                List.of("Mali", "5", "12.5")), r.table().rows());
        assertEquals(List.of("Total", "40", "100.0"), r.table().totals());
    }

    @Test
    void returnsBySexAndEveryAgeGroupInOrder() {
        assertEquals(List.of(List.of("Hommes", "30", "75.0"), List.of("Femmes", "10", "25.0")),
                new ReturnsBySexReport(STATS).run(Q1, () -> false).table().rows());
        ReportResult ages = new ReturnsByAgeGroupReport(STATS).run(Q1, () -> false);
        assertEquals(List.of("0-4", "5-11", "12-17", "18-24", "25-49", "50-59", "60+"),
                ages.series().get(0).categories());
        assertEquals(List.of(0.0, 6.0, 0.0, 3.0, 31.0, 0.0, 0.0), ages.series().get(0).values());
    }

    @Test
    void thePipelineCountsWhatEachStepLostAndWhyCasesStopped() {
        ReportResult r = new PipelineReport(STATS).run(Q1, () -> false);

        assertEquals(List.of(List.of("Inscrits", "100", ""), List.of("Éligibilité évaluée", "90", "10"),
                List.of("Approuvés", "80", "10"), List.of("Documents demandés", "70", "10"),
                List.of("Documents obtenus", "55", "15"), List.of("Départ programmé", "45", "10"),
                List.of("Partis", "40", "5"), List.of("Arrêt : retirés", "9", ""), List.of("Arrêt : rejetés", "10", ""),
                List.of("Arrêt : suspendus", "2", ""), List.of("Arrêt : absents au départ", "3", "")),
                r.table().rows());
        assertEquals(List.of(100.0, 90.0, 80.0, 70.0, 55.0, 45.0, 40.0), r.series().get(0).values());
    }

    @Test
    void leadTimesInDaysWithOneDecimal() {
        assertEquals(List.of(List.of("Inscription → départ", "40", "61.5", "118.3")),
                new LeadTimesReport(STATS).run(Q1, () -> false).table().rows());
    }

    @Test
    void spendingPerBudgetLineTotalledInOneCurrencyOnly() {
        SpendingStatistics oneCurrency = (from, to, donor, project) -> List.of(
                new Spending("UE", "AVRR-MA-2026", "MAD", 30, 52, new BigDecimal("151500.00")),
                new Spending("", "", "MAD", 2, 2, new BigDecimal("9800.50")));
        ReportResult r = new SpendingReport(oneCurrency).run(Q1, () -> false);

        assertEquals(List.of(List.of("UE", "AVRR-MA-2026", "MAD", "30", "52", "151500.00"),
                List.of("(aucun)", "(aucun)", "MAD", "2", "2", "9800.50")), r.table().rows());
        assertEquals(List.of("Total", "", "MAD", "32", "54", "161300.50"), r.table().totals());
        assertEquals(List.of(151500.0, 9800.5), r.series().get(0).values());

        SpendingStatistics twoCurrencies = (from, to, donor, project) -> List.of(
                new Spending("UE", "P1", "EUR", 1, 1, new BigDecimal("420.00")),
                new Spending("UE", "P1", "MAD", 1, 1, new BigDecimal("4200.00")));
        ReportResult mixed = new SpendingReport(twoCurrencies).run(Q1, () -> false);
        assertEquals(List.of(), mixed.table().totals(), "no total across currencies");
        assertEquals(List.of(), mixed.series());
    }

    @Test
    void embassyWaitsNameTheRepresentationAndChartMedianAndNinetiethPercentile() {
        TravelDocStatistics waits = (from, to, country) -> List.of(
                new EmbassyWait(1, "GN", "Rabat", false, 12, 21, 45), new EmbassyWait(2, "SN", "Casablanca", true, 3,
                        14, 16));
        ReportResult r = new EmbassyWaitsReport(waits).run(Q1, () -> false);

        assertEquals(List.of(List.of("Guinée, ambassade à Rabat", "12", "21.0", "45.0"),
                List.of("Sénégal, consulat à Casablanca", "3", "14.0", "16.0")), r.table().rows());
        assertEquals(List.of(21.0, 14.0), r.series().get(0).values());
        assertEquals(List.of(45.0, 16.0), r.series().get(1).values());
    }

    /** A stand-in for a service of another area that answers {@code answers} by method name. */
    @SuppressWarnings("unchecked")
    private static <T> T answering(Class<T> type, java.util.Map<String, Object> answers) {
        return (T) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> answers.get(method.getName()));
    }

    @Test
    void openWorkCountsLateRequestsDocumentsAtRiskAndLapsingOptions() {
        var late = new org.homeward.traveldocs.model.RequestRow(null, null, 2, LocalDate.now().minusDays(3), true, 40,
                java.util.Set.of(1L));
        var onTime = new org.homeward.traveldocs.model.RequestRow(null, null, 1, LocalDate.now().plusDays(3), false,
                5, java.util.Set.of(2L));
        var warning = new org.homeward.traveldocs.model.DocumentWarning(3, "RBA-2026-00003", 7, "Awa Diallo", null);
        var documents = answering(org.homeward.traveldocs.model.service.TravelDocService.class, java.util.Map.of(
                "requests", List.of(late, onTime, late), "warnings", List.of(warning)));
        var option = answering(org.homeward.movements.model.Booking.class, java.util.Map.of());
        var bookings = answering(org.homeward.movements.model.service.BookingService.class,
                java.util.Map.of("lapsingOptions", List.of(option, option, option, option)));

        ReportResult r = new OpenWorkReport(documents, bookings).run(Q1, () -> false);

        assertEquals(List.of(List.of("Demandes de documents en retard", "2"),
                List.of("Documents manquants ou expirant trop tôt pour le départ", "1"),
                List.of("Options à échéance dans les 48 heures", "4")), r.table().rows());
        assertEquals(List.of(2.0, 1.0, 4.0), r.series().get(0).values());
    }
}
