package org.homeward.reporting.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.homeward.cases.model.AgeGroup;
import org.homeward.cases.model.CaseExportRow;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseExports;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import org.homeward.common.validation.RefusedException;
import org.homeward.persistence.SecretStore;
import org.homeward.reporting.model.CaseListExport;
import org.homeward.reporting.model.ReportExport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/** Case lists as CSV or XLSX through the same writers as reports; anonymised unless asked otherwise. */
@Component(service = CaseListExport.class)
public class CaseListExportImpl implements CaseListExport {

    static final String AUDITED = "case-list-export";

    private final CaseExports cases;
    private final SecretStore secrets;
    private final ExportAudit audited;
    private final CurrentUser user;

    @Activate
    public CaseListExportImpl(@Reference(name = "cases") CaseExports cases,
            @Reference(name = "secrets") SecretStore secrets,
            @Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "audit") AuditService audit, @Reference(name = "currentUser") CurrentUser user) {
        this.cases = cases;
        this.secrets = secrets;
        this.audited = new ExportAudit(emf, audit, user, Clock.systemDefaultZone());
        this.user = user;
    }

    @Override
    public int write(CaseFilter filter, ReportExport.Format format, boolean anonymised, OutputStream out)
            throws IOException, RefusedException {
        user.require(Permission.EXPORT);
        if (!anonymised && !user.can(Permission.EXPORT_IDENTIFIED)) {
            throw new RefusedException(List.of(Messages.Export_identifiedRefused));
        }
        List<CaseExportRow> found = cases.rows(filter);
        List<List<String>> rows = new ArrayList<>();
        if (anonymised) {
            CaseCodes codes;
            try {
                codes = new CaseCodes(secrets);
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
            LocalDate today = LocalDate.now(audited.clock());
            rows.add(List.of(Messages.Export_code, Messages.Sex, Messages.AgeGroup, Messages.Nationality,
                    Messages.Export_status, Messages.Export_registered, Messages.Export_departed,
                    Messages.Export_persons,
                    Messages.Export_vulnerabilities));
            for (CaseExportRow c : found) {
                rows.add(Cells.row(List.of(codes.of(c.caseNumber()), c.sex().name(),
                        AgeGroup.of(today.getYear() - c.birthYear()).label(), c.nationality(), c.status().name(),
                        YearMonth.from(c.registeredOn()).toString(), c.departedOn() == null
                                ? ""
                                : YearMonth.from(c.departedOn()).toString(),
                        Integer.toString(c.householdSize()), flags(c)), false));
            }
        } else {
            rows.add(List.of(Messages.Export_caseNumber, Messages.Export_family, Messages.Export_given, Messages.Sex,
                    Messages.Export_born, Messages.Nationality, Messages.Export_status, Messages.Export_registered,
                    Messages.Export_departed, Messages.Export_persons, Messages.Export_vulnerabilities));
            for (CaseExportRow c : found) {
                rows.add(Cells.row(List.of(c.caseNumber(), c.familyName(), c.givenNames(), c.sex().name(),
                        c.birthDate() == null ? Integer.toString(c.birthYear()) : c.birthDate().toString(),
                        c.nationality(), c.status().name(), c.registeredOn().toString(),
                        c.departedOn() == null ? "" : c.departedOn().toString(), Integer.toString(c.householdSize()),
                        flags(c)), false));
            }
        }
        int persons = anonymised ? 7 : 9;
        Sheets.write(format, Messages.Export_sheet, rows, column -> column == persons, out);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", format);
        fields.put("anonymised", anonymised);
        fields.put("rows", found.size());
        fields.put("filter", filter.toString());
        audited.record(AUDITED, fields);
        return found.size();
    }

    private static String flags(CaseExportRow c) {
        return c.vulnerabilities().stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
    }
}
