package org.homeward.reporting.model;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.io.IOException;
import java.io.OutputStream;

import org.homeward.cases.model.CaseFilter;

/**
 * Writes a case list as CSV or XLSX. Anonymised (the default for anything leaving the office): no names,
 * documents, contacts or free text; the age group instead of the date of birth; months instead of days;
 * each case number replaced by a keyed hash (HMAC-SHA256 with the office's secret), so that a case has
 * the same code in every export. Every export is audited.
 */
public interface CaseListExport {

    /**
     * @return the number of cases written
     * @throws org.homeward.common.validation.RefusedException a list with names asked for by a user who may not
     *         export identified data; nothing written
     */
    @Requires(Permission.EXPORT)
    int write(CaseFilter filter, ReportExport.Format format, boolean anonymised, OutputStream out)
            throws IOException, org.homeward.common.validation.RefusedException;
}
