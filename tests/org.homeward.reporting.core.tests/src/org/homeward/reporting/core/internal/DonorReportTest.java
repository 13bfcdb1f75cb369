package org.homeward.reporting.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.homeward.cases.model.service.AuditService;
import org.homeward.reporting.model.ChartSeries;
import org.homeward.reporting.model.DonorReport;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportService;
import org.homeward.reporting.model.ReportTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManagerFactory;

/**
 * The donor report as a PDF (read back with pdftotext) and as a workbook (read back by LibreOffice): the
 * period and donor on the cover, each section's table with its totals, the chart's labels and values, and
 * the count under 5 hidden in the table and in the chart.
 */
class DonorReportTest {

    private static final ReportFilter Q1 = new ReportFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31),
            null, null, null, null, "UE-FFU", "AVRR-MA-3");

    private static ReportDefinition definition(String id, ReportResult result) {
        return new ReportDefinition() {

            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return result.title();
            }

            @Override
            public ReportResult run(ReportFilter filter, BooleanSupplier cancelled) {
                assertEquals("UE-FFU", filter.donor());
                return result;
            }
        };
    }

    private static final List<ReportDefinition> REPORTS = List.of(
            definition("returns-by-nationality", new ReportResult("Retours par nationalité", new ReportTable(
                    List.of("Nationalité", "Retours", "Part"), List.of(List.of("Guinée", "20", "52.6"),
                            List.of("Sénégal", "15", "39.5"), List.of("Mali", "3", "7.9")),
                    List.of("Total", "38", "100.0"), List.of(2)), ReportResult.Chart.BARS,
                    List.of(new ChartSeries("Retours", List.of("Guinée", "Sénégal", "Mali"), List.of(20d, 15d, 3d))))),
            definition("spending", new ReportResult("Dépenses par ligne budgétaire", new ReportTable(
                    List.of("Ligne", "Montant (MAD)"), List.of(List.of("Billets d'avion", "12500.50")), List.of()),
                    ReportResult.Chart.NONE, List.of())));

    private static final ReportService SERVICE = new ReportService() {

        @Override
        public List<ReportDefinition> reports() {
            return REPORTS;
        }

        @Override
        public Optional<ReportDefinition> report(String id) {
            return REPORTS.stream().filter(r -> r.id().equals(id)).findFirst();
        }
    };

    private static DonorReportImpl report;

    @BeforeAll
    static void french() throws Exception {
        Locale.setDefault(Locale.FRENCH);
        report = new DonorReportImpl(SERVICE, service(EntityManagerFactory.class), service(AuditService.class),
                ReportExportTest.OFFICER);
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(FrameworkUtil.getBundle(DonorReportTest.class)
                .getBundleContext(), type, null);
        t.open();
        return t.waitForService(60_000);
    }

    @Test
    void pdfWithTablesAndCharts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, report.write(Q1, DonorReport.Format.PDF, out, () -> false));
        String text = run(Files.write(Files.createTempDirectory("donor").resolve("rapport.pdf"), out.toByteArray()),
                "pdftotext", "-layout", "{}", "-");
        assertTrue(text.contains("Rapport aux bailleurs"), text);
        assertTrue(text.contains("du 01/01/2025 au 31/03/2025"), text);
        assertTrue(text.contains("Bailleur : UE-FFU") && text.contains("Projet : AVRR-MA-3"), text);
        assertTrue(text.matches("(?s).*Total\\s+38.*"), text);
        assertTrue(text.matches("(?s).*Billets d'avion\\s+12500\\.50.*"), text);
        assertEquals(2, count(text, "Guinée"), "the chart's label and the table's row: " + text);
        assertTrue(text.matches("(?s).*Guinée\\s+20.*"), "the chart's value at the end of its bar: " + text);
        assertEquals(2, text.split("Mali\\s+<5", -1).length - 1, "Mali's 3 hidden in the chart and the table: " + text);
        assertFalse(text.matches("(?s).*Mali\\s+3\\b.*"), text);
        assertTrue(text.matches("(?s).*Mali\\s+<5\\s+<5.*"),
                "its share hidden with it, or 7.9 % of 38 tells 3: " + text);
        assertFalse(text.contains("7.9"), text);
    }

    @Test
    void workbookWithASheetPerSection() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(Q1, DonorReport.Format.XLSX, out, () -> false);
        Path dir = Files.createTempDirectory("donor");
        Path xlsx = Files.write(dir.resolve("rapport.xlsx"), out.toByteArray());
        run(xlsx, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), "{}");
        String text = run(dir.resolve("rapport.pdf"), "pdftotext", "-layout", "{}", "-");
        assertTrue(text.contains("Bailleur : UE-FFU"), text);
        assertTrue(
                text.matches("(?s).*Retours par nationalit.*Guinée\\s+20\\s+52\\.6.*Mali\\s+<5\\s+<5.*Total\\s+38.*"),
                text);
        assertTrue(text.matches("(?s).*Billets d'avion\\s+12500\\.5.*"), text);
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    /** Runs a program on {@code file} ({} in the arguments) and returns what it printed. */
    static String run(Path file, String... command) throws Exception {
        String[] args = command.clone();
        for (int i = 0; i < args.length; i++) {
            args[i] = args[i].replace("{}", file.toString());
        }
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String said;
        try (InputStream in = p.getInputStream()) {
            said = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), command[0] + " finished");
        assertEquals(0, p.exitValue(), command[0] + ": " + said);
        return said;
    }
}
