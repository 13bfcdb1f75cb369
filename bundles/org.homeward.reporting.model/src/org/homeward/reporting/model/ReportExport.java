package org.homeward.reporting.model;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a report's table as CSV or XLSX. The anonymised variant, the default for anything leaving the
 * office, shows counts under 5 as "&lt;5"; in both, a cell that a spreadsheet would take for a formula is
 * neutralised. Every export is audited: who, which report and filter, how many rows, anonymised or not.
 */
public interface ReportExport {

    /** The file formats. */
    enum Format {
        CSV, XLSX
    }

    /** The text small counts are shown as when anonymised. */
    String SMALL = "<5";

    /**
     * @return the number of rows written (the totals row included)
     */
    @Requires(Permission.EXPORT)
    int write(String reportId, ReportResult result, ReportFilter filter, Format format, boolean anonymised,
            OutputStream out) throws IOException;
}
