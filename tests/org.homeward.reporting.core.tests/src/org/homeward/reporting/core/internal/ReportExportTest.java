package org.homeward.reporting.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.service.AuditService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Role;
import org.homeward.reporting.model.ReportExport.Format;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportTable;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManagerFactory;

/**
 * Report exports: small counts hidden when anonymised, a formula neutralised, numbers kept as numbers in
 * the XLSX that LibreOffice opens, and each export in the audit trail.
 */
class ReportExportTest {

    static final CurrentUser OFFICER = new CurrentUser() {

        @Override
        public String name() {
            return "nadia.programme";
        }

        @Override
        public Role role() {
            return Role.PROGRAMME_OFFICER;
        }
    };

    private static final ReportResult BY_NATIONALITY = new ReportResult("Retours par nationalité", new ReportTable(
            List.of("Nationalité", "Retours", "Part"), List.of(List.of("Guinée", "20", "80.0"),
                    List.of("Mali", "3", "12.0"), List.of("=HYPERLINK(\"http://x\")", "2", "8.0")),
            List.of("Total", "25", "100.0")), ReportResult.Chart.BARS, List.of());

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(FrameworkUtil.getBundle(ReportExportTest.class)
                .getBundleContext(), type, null);
        t.open();
        return t.waitForService(60_000);
    }

    private static ReportExportImpl export() throws InterruptedException {
        return new ReportExportImpl(service(EntityManagerFactory.class), service(AuditService.class), OFFICER,
                Clock.systemDefaultZone());
    }

    @Test
    void anonymisedCsvHidesSmallCountsAndNeutralisesFormulasAndIsAudited() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFilter filter = ReportFilter.period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        int before = service(AuditService.class).trailOf(ReportExportImpl.AUDITED).size();

        int rows = export().write("returns-by-nationality", BY_NATIONALITY, filter, Format.CSV, true, out);

        assertEquals(4, rows);
        assertEquals("\uFEFFNationalité;Retours;Part\r\nGuinée;20;80.0\r\nMali;<5;12.0\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\";<5;8.0\r\nTotal;25;100.0\r\n",
                out.toString(StandardCharsets.UTF_8));
        List<AuditEntry> trail = service(AuditService.class).trailOf(ReportExportImpl.AUDITED);
        assertEquals(before + 5, trail.size(), "report, format, anonymised, rows and filter recorded");
        assertTrue(trail.stream().anyMatch(e -> "nadia.programme".equals(e.getUserName())
                && "anonymised".equals(e.getField()) && "true".equals(e.getNewValue())), trail.toString());
    }

    @Test
    void theXlsxOpensInLibreOfficeWithNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export().write("returns-by-nationality", BY_NATIONALITY, ReportFilter.period(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31)), Format.XLSX, false, out);

        String csv = libreOfficeCsv(out.toByteArray());
        assertEquals("Nationalité,Retours,Part\nGuinée,20,80\nMali,3,12\n\"'=HYPERLINK(\"\"http://x\"\")\",2,8\n"
                + "Total,25,100\n", csv.replace("\r", ""), "the formula read as text, the counts as numbers");
    }

    /** The sheet as LibreOffice reads it, saved as CSV (comma, UTF-8). */
    private static String libreOfficeCsv(byte[] xlsx) throws Exception {
        Path dir = Files.createTempDirectory("homeward-xlsx");
        Path file = Files.write(dir.resolve("report.xlsx"), xlsx);
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.toString(),
                file.toString()).redirectErrorStream(true).start();
        String said;
        try (InputStream in = p.getInputStream()) {
            said = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        Path converted = dir.resolve("report.csv");
        assertTrue(Files.exists(converted), "LibreOffice converted the sheet: " + said);
        return Files.readString(converted, StandardCharsets.UTF_8);
    }
}
