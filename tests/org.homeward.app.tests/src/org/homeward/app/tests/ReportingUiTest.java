package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swtchart.Chart;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.homeward.tests.ui.driver.UI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Reporting part on a seeded database: two Comorian households (three persons) depart this month;
 * filtered on Comoros, the returns-per-month chart shows them in this month's bar alone, and the table
 * totals them.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReportingUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void seeded() throws Exception {
        workbench = Workbench.started();
        for (String[] household : List.of(new String[]{"Zaharia", "Said"}, new String[]{"Moinaecha"})) {
            MigrantCase c = ApprovedCases.approved(workbench, Workbench.uniqueFamilyName("Mohamed"), "KM", household);
            ApprovedCases.asProgrammeOfficer(workbench, c, CaseStatus.TRAVEL_DOCS_REQUESTED,
                    CaseStatus.TRAVEL_DOCS_OBTAINED, CaseStatus.DEPARTURE_SCHEDULED, CaseStatus.DEPARTED);
        }
    }

    @AfterAll
    static void back() {
        workbench.window.bot().cTabItem("Dossiers").activate();
    }

    @Test
    void returnsOfComorosThisMonthInTheChartAndTheTableTotal() {
        Bot part = workbench.window.bot().cTabItem("Rapports").activate().bot();
        part.comboBoxWithLabel("Rapport").setSelection("Retours par mois");
        LocalDate today = LocalDate.now();
        part.textWithLabel("Du").setText(today.withDayOfYear(1).format(java.time.format.DateTimeFormatter
                .ofPattern("dd/MM/uuuu")));
        part.comboBoxWithLabel("Nationalité").setSelection("Comores");
        part.button("Afficher").click();
        part.labelContaining("Retours par mois, du 01/01/" + today.getYear());
        // each report shown gets a table of its own columns: read the one on screen once it totals
        List<String> totals = new ArrayList<>();
        workbench.bot.waitUntil(() -> {
            try {
                BotTable shown = part.tableWithColumn("Mois");
                int last = shown.rowCount() - 1;
                List<String> read = List.of(shown.cell(last, 0), shown.cell(last, 1), shown.cell(last, 2));
                totals.clear();
                totals.addAll(read);
                return "3".equals(read.get(1));
            } catch (RuntimeException replaced) {
                return false;
            }
        }, "the table to total this month's three returns");
        assertEquals(List.of("Total", "3", "100.0"), totals);

        Chart chart = part.control(Chart.class);
        double[] values = UI.syncCall(workbench.bot.display(), () -> chart.getSeriesSet().getSeries()[0].getYSeries());
        String[] months = UI.syncCall(workbench.bot.display(),
                () -> chart.getAxisSet().getXAxis(0).getCategorySeries());
        List<Double> expected = new ArrayList<>();
        for (int m = 1; m <= today.getMonthValue(); m++) {
            expected.add(m == today.getMonthValue() ? 3.0 : 0.0);
        }
        assertEquals(expected, Arrays.stream(values).boxed().toList(), "one bar per month, this month's three");
        assertEquals(YearMonth.from(today).toString(), months[months.length - 1]);
    }
}
