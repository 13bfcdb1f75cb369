package org.homeward.reporting.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.homeward.cases.model.service.AuditService;
import org.homeward.common.security.CurrentUser;
import org.homeward.persistence.Transactions;
import org.homeward.reporting.model.ReportExport;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/**
 * CSV (UTF-8 with its byte-order mark, semicolons, as French spreadsheets open it) with Commons CSV, and
 * XLSX with FastExcel, counts and amounts written as numbers; the export recorded in the audit trail.
 */
@Component(service = ReportExport.class)
public class ReportExportImpl implements ReportExport {

    /** The audit trail's name for exports. */
    static final String AUDITED = "report-export";

    private final EntityManagerFactory emf;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    @Activate
    public ReportExportImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "audit") AuditService audit, @Reference(name = "currentUser") CurrentUser user) {
        this(emf, audit, user, Clock.systemDefaultZone());
    }

    ReportExportImpl(EntityManagerFactory emf, AuditService audit, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public int write(String reportId, ReportResult result, ReportFilter filter, Format format, boolean anonymised,
            OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Cells.row(result.table().headers(), false));
        result.table().rows().forEach(r -> rows.add(Cells.row(r, anonymised)));
        if (!result.table().totals().isEmpty()) {
            rows.add(Cells.row(result.table().totals(), anonymised));
        }
        if (format == Format.CSV) {
            csv(rows, out);
        } else {
            xlsx(result.title(), rows, out);
        }
        int written = rows.size() - 1;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("report", reportId);
        fields.put("format", format);
        fields.put("anonymised", anonymised);
        fields.put("rows", written);
        fields.put("filter", filter.toString());
        Transactions.inTransaction(emf, em -> {
            audit.recorder(user.name(), clock.instant()).created(null, AUDITED, clock.millis(), fields);
            return null;
        });
        return written;
    }

    private static void csv(List<List<String>> rows, OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
        for (List<String> r : rows) {
            printer.printRecord(r);
        }
        printer.flush();
    }

    private static void xlsx(String title, List<List<String>> rows, OutputStream out) throws IOException {
        Workbook book = new Workbook(out, "Homeward", "1.0");
        Worksheet sheet = book.newWorksheet(sheetName(title));
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (r > 0 && Cells.isCount(cell)) {
                    sheet.value(r, c, Long.parseLong(cell));
                } else if (r > 0 && Cells.isDecimal(cell)) {
                    sheet.value(r, c, new java.math.BigDecimal(cell));
                } else {
                    sheet.value(r, c, cell);
                }
            }
        }
        book.finish();
    }

    /** A sheet's name: at most 31 characters, none of those a spreadsheet refuses. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
