package org.homeward.reporting.core.internal;

import org.homeward.common.security.Permission;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.cases.model.service.AuditService;
import org.homeward.common.security.CurrentUser;
import org.homeward.reporting.model.ReportExport;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/**
 * A report's table through {@link Sheets}, counts and amounts as numbers; the export recorded in the audit
 * trail.
 */
@Component(service = ReportExport.class)
public class ReportExportImpl implements ReportExport {

    /** The audit trail's name for exports. */
    static final String AUDITED = "report-export";

    private final ExportAudit audited;
    private final CurrentUser user;

    @Activate
    public ReportExportImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "audit") AuditService audit, @Reference(name = "currentUser") CurrentUser user) {
        this(emf, audit, user, Clock.systemDefaultZone());
    }

    ReportExportImpl(EntityManagerFactory emf, AuditService audit, CurrentUser user, Clock clock) {
        this.audited = new ExportAudit(emf, audit, user, clock);
        this.user = user;
    }

    @Override
    public int write(String reportId, ReportResult result, ReportFilter filter, Format format, boolean anonymised,
            OutputStream out) throws IOException {
        user.require(Permission.EXPORT);
        if (!anonymised) { // counts under five can point at a person
            user.require(Permission.EXPORT_IDENTIFIED);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(Cells.row(result.table().headers(), false));
        result.table().rows().forEach(r -> rows.add(Cells.row(r, anonymised, result.table().derived())));
        if (!result.table().totals().isEmpty()) {
            rows.add(Cells.row(result.table().totals(), anonymised, result.table().derived()));
        }
        Sheets.write(format, result.title(), rows, column -> true, out);
        int written = rows.size() - 1;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("report", reportId);
        fields.put("format", format);
        fields.put("anonymised", anonymised);
        fields.put("rows", written);
        fields.put("filter", filter.toString());
        audited.record(AUDITED, fields);
        return written;
    }
}
