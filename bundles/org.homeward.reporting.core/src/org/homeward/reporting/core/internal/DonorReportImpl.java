package org.homeward.reporting.core.internal;

import org.homeward.common.security.Permission;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.service.AuditService;
import org.homeward.common.security.CurrentUser;
import org.homeward.reporting.core.internal.donor.DonorPdf;
import org.homeward.reporting.core.internal.donor.DonorSection;
import org.homeward.reporting.core.internal.donor.DonorXlsx;
import org.homeward.reporting.model.ChartSeries;
import org.homeward.reporting.model.DonorReport;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/**
 * The donor report over the installed reports of {@link DonorReport#SECTIONS}, anonymised: small counts
 * hidden in the tables, and left out of the charts of count reports (returns, pipeline).
 */
@Component(service = DonorReport.class)
public class DonorReportImpl implements DonorReport {

    static final String AUDITED = "donor-report";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReportService reports;
    private final ExportAudit audited;
    private final CurrentUser user;

    @Activate
    public DonorReportImpl(@Reference(name = "reports") ReportService reports,
            @Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "audit") AuditService audit, @Reference(name = "currentUser") CurrentUser user) {
        this(reports, emf, audit, user, Clock.systemDefaultZone());
    }

    DonorReportImpl(ReportService reports, EntityManagerFactory emf, AuditService audit, CurrentUser user,
            Clock clock) {
        this.reports = reports;
        this.user = user;
        this.audited = new ExportAudit(emf, audit, user, clock);
    }

    @Override
    public int write(ReportFilter filter, Format format, OutputStream out, BooleanSupplier cancelled)
            throws IOException {
        user.require(Permission.EXPORT);
        List<DonorSection> sections = new ArrayList<>();
        for (String id : SECTIONS) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            Optional<ReportDefinition> report = reports.report(id);
            if (report.isPresent()) {
                sections.add(section(id, report.get().run(filter, cancelled)));
            }
        }
        List<String> cover = cover(filter);
        if (format == Format.PDF) {
            DonorPdf.write(cover, sections, "ar".equals(Locale.getDefault().getLanguage()), out);
        } else {
            DonorXlsx.write(cover, sections, out);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", format);
        fields.put("anonymised", true);
        fields.put("sections", sections.size());
        fields.put("filter", filter.toString());
        audited.record(AUDITED, fields);
        return sections.size();
    }

    private List<String> cover(ReportFilter filter) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.Donor_title);
        lines.add(NLS.bind(Messages.Donor_period, DAY.format(filter.from()), DAY.format(filter.to())));
        if (filter.donor() != null && !filter.donor().isBlank()) {
            lines.add(NLS.bind(Messages.Donor_donor, filter.donor()));
        }
        if (filter.project() != null && !filter.project().isBlank()) {
            lines.add(NLS.bind(Messages.Donor_project, filter.project()));
        }
        lines.add(Messages.Donor_anonymised);
        lines.add(NLS.bind(Messages.Donor_made, DAY.format(LocalDate.now(audited.clock())), user.name()));
        return lines;
    }

    private static DonorSection section(String id, ReportResult result) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Cells.row(result.table().headers(), false));
        result.table().rows().forEach(r -> rows.add(Cells.row(r, true, result.table().derived())));
        boolean totals = !result.table().totals().isEmpty();
        if (totals) {
            rows.add(Cells.row(result.table().totals(), true, result.table().derived()));
        }
        boolean counts = id.startsWith("returns") || id.equals("pipeline");
        List<ChartSeries> series = result.series().stream().map(s -> counts ? hidden(s) : s).toList();
        return new DonorSection(result.title(), rows, totals, result.chart(), series);
    }

    /** The series with counts from 1 to 4 replaced by NaN, which the chart shows as "<5". */
    private static ChartSeries hidden(ChartSeries s) {
        return new ChartSeries(s.name(), s.categories(),
                s.values().stream().map(v -> v > 0 && v < 5 ? Double.NaN : v).toList());
    }
}
