package org.homeward.reporting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.service.CaseImportService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportService;
import org.homeward.reporting.model.imports.ImportPlan;
import org.homeward.reporting.model.imports.ImportSheet;
import org.homeward.reporting.model.imports.LegacyImport;
import org.homeward.reporting.model.imports.RowNote;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Reporting figures at scale (default 200,000 demonstration cases): each built-in report through its
 * service next to the same aggregation as raw SQL in the same run (target: within 2x); the chart's first
 * paint next to a bare SWTChart of the same series; the import of a generated 50,000-row XLSX next to a
 * raw JDBC batch insert of the same rows (target: at least half the raw rate).
 */
class ReportingBenchmark {

    private static final int RUNS = 5;

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(FrameworkUtil.getBundle(ReportingBenchmark.class)
                .getBundleContext(), type, null);
        t.open();
        T s = t.waitForService(300_000);
        assertNotNull(s, type.getSimpleName());
        return s;
    }

    @FunctionalInterface
    interface Work {

        void run() throws Exception;
    }

    /** Median of {@link #RUNS} timed runs after one unmeasured run, in ms. */
    private static double median(Work work) throws Exception {
        work.run();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    @Test
    void reportsChartAndImportAtScale() throws Exception {
        EntityManagerFactory emf = service(EntityManagerFactory.class);
        CaseService cases = service(CaseService.class);
        int wanted = Integer.getInteger("homeward.bench.cases", 200_000);
        long start = System.nanoTime();
        while (cases.count(CaseFilter.ALL) < wanted) { // -Dhomeward.demo fills the database in the background
            Thread.sleep(2000);
            if ((System.nanoTime() - start) / 1e9 > 3600) {
                throw new IllegalStateException("fewer than " + wanted + " cases after an hour");
            }
        }
        long total = cases.count(CaseFilter.ALL);
        System.out.printf("reporting on %d cases (%d cores, Java %s)%n", total,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        ReportFilter all = ReportFilter.period(LocalDate.of(2019, 1, 1), LocalDate.now());
        for (ReportDefinition report : service(ReportService.class).reports()) {
            double viaService = median(() -> report.run(all, () -> false));
            RawReports.Raw raw = RawReports.BY_REPORT.get(report.id());
            if (raw == null) {
                System.out.printf("  %-24s service %8.1f ms | no single SQL aggregation (counts from three areas)%n",
                        report.id(), viaService);
                continue;
            }
            double viaSql = median(() -> jdbc(emf, c -> raw.run(c, all.from(), all.to())));
            System.out.printf("  %-24s service %8.1f ms | raw SQL %8.1f ms | ratio %5.2f%n", report.id(),
                    viaService, viaSql, viaService / Math.max(viaSql, 0.01));
        }
        chart(service(ReportService.class), all);
        importRate(emf, service(LegacyImport.class));
    }

    /** The report run and its chart's first paint, next to a bare SWTChart of the same values. */
    private static void chart(ReportService reports, ReportFilter all) throws Exception {
        Display display = Display.getDefault();
        ReportDefinition byNationality = reports.report("returns-by-nationality").orElseThrow();
        double[] ours = new double[RUNS];
        double[] bare = new double[RUNS];
        ReportResult[] last = new ReportResult[1];
        double[] run = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            ReportResult result = byNationality.run(all, () -> false);
            last[0] = result;
            long t1 = System.nanoTime();
            run[i] = (t1 - t0) / 1e6;
            ours[i] = firstPaint(display, t1, shell -> new ReportChart(shell).show(result));
            double[] values = result.series().get(0).values().stream().mapToDouble(Double::doubleValue).toArray();
            String[] categories = result.series().get(0).categories().toArray(String[]::new);
            bare[i] = firstPaint(display, System.nanoTime(), shell -> {
                Chart chart = new Chart(shell, SWT.NONE);
                chart.getAxisSet().getXAxis(0).enableCategory(true);
                chart.getAxisSet().getXAxis(0).setCategorySeries(categories);
                IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "bare");
                bars.setYSeries(values);
                chart.getAxisSet().adjustRange();
            });
        }
        Arrays.sort(ours);
        Arrays.sort(bare);
        Arrays.sort(run);
        System.out.printf("  chart first paint (%d nationalities, 1366x768, median of %d): report chart %7.1f ms | bare"
                + " SWTChart, same series %7.1f ms | ratio %.2f; the report's run before it %7.1f ms%n",
                last[0].series().get(0).categories().size(), RUNS, ours[RUNS / 2], bare[RUNS / 2],
                ours[RUNS / 2] / bare[RUNS / 2], run[RUNS / 2]);
    }

    private static double firstPaint(Display display, long t0, java.util.function.Consumer<Shell> content) {
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1366, 768);
        content.accept(shell);
        long[] painted = {0};
        shell.getChildren()[0].addPaintListener(e -> {
            if (painted[0] == 0) {
                painted[0] = System.nanoTime();
            }
        });
        shell.open();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (painted[0] == 0 && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        shell.dispose();
        return (painted[0] - t0) / 1e6;
    }

    private static void importRate(EntityManagerFactory emf, LegacyImport legacy) throws Exception {
        int n = Integer.getInteger("homeward.bench.rows", 50_000);
        String run = new Random().ints(5, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        List<LegacyRows.Row> rows = LegacyRows.rows(n, run, run.hashCode()); // new persons at each run
        Path file = LegacyRows.xlsx(Files.createTempDirectory("bench").resolve("legacy.xlsx"), rows);
        System.out.printf("  import of %d rows (%.1f MB XLSX):%n", n, Files.size(file) / 1e6);

        long t0 = System.nanoTime();
        ImportSheet sheet = legacy.open(file);
        long opened = System.nanoTime();
        ImportPlan plan = legacy.plan(file, sheet.guessed(), x -> {
        }, () -> false);
        long t1 = System.nanoTime();
        System.out.printf("    open (read the workbook, guess the mapping) %6.1f s; plan (read again, check, compare)"
                + " %6.1f s%n", (opened - t0) / 1e9, (t1 - opened) / 1e9);
        CaseImportService.Outcome done = legacy.run(plan, x -> {
        }, () -> false);
        long t2 = System.nanoTime();
        assertEquals(plan.households().size(), done.cases(), "the import saves what the dry run planned");
        System.out.printf(
                "    dry run: %d rows, %d households to create, %d rejected, %d already registered, %d repeated"
                        + " in the file%n",
                plan.rows(), plan.households().size(), plan.count(RowNote.Kind.REJECTED),
                plan.count(RowNote.Kind.MATCHES_EXISTING), plan.count(RowNote.Kind.MATCHES_ROW));
        double readAndCheck = (t1 - t0) / 1e9;
        double save = (t2 - t1) / 1e9;

        long r0 = System.nanoTime();
        jdbc(emf, c -> LegacyRows.insertRaw(c, rows, "RAW" + run));
        double raw = (System.nanoTime() - r0) / 1e9;
        jdbc(emf, c -> {
            LegacyRows.deleteRaw(c, "RAW" + run);
            return 0;
        });
        System.out.printf("    read, map, validate and check duplicates (dry run) %6.1f s  %8.0f rows/s%n",
                readAndCheck,
                n / readAndCheck);
        int saved = done.cases();
        System.out.printf("    save of %d households (cases, persons, keys, history, audit; one transaction) %6.1f s"
                + "  %8.0f rows/s%n", saved, save, saved / save);
        System.out.printf("    whole import %6.1f s  %8.0f rows/s | raw JDBC batch of the %d rows (case + person rows)"
                + " %6.1f s  %8.0f rows/s | import / raw rate %.2f (save alone %.2f)%n", readAndCheck + save,
                n / (readAndCheck + save), n, raw, n / raw, (n / (readAndCheck + save)) / (n / raw),
                (saved / save) / (n / raw));
    }

    @FunctionalInterface
    interface Sql {

        int run(Connection c) throws Exception;
    }

    /** Runs {@code sql} on a connection of the persistence unit, in a transaction that commits. */
    private static int jdbc(EntityManagerFactory emf, Sql sql) throws Exception {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            int n = sql.run(em.unwrap(Connection.class));
            em.getTransaction().commit();
            return n;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
