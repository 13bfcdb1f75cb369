package org.homeward.reporting.model;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The report a programme officer sends a donor for a period (and a donor or project, for what bookings
 * spent): the built-in reports of {@link #SECTIONS}, each a table and, where it has one, a chart. It leaves
 * the office, so it is always anonymised: counts under 5 are shown as "&lt;5". Every report written is
 * audited. Off the UI thread.
 *
 * @since 0.2
 */
public interface DonorReport {

    /** The file formats. */
    enum Format {
        PDF, XLSX
    }

    /** The reports it holds, in order, by id. */
    List<String> SECTIONS = List.of("returns-per-month", "returns-by-nationality", "returns-by-sex",
            "returns-by-age-group", "pipeline", "lead-times", "embassy-waits", "spending");

    /**
     * @return the number of sections written
     * @throws java.util.concurrent.CancellationException cancelled: nothing useful was written
     */
    @Requires(Permission.EXPORT)
    int write(ReportFilter filter, Format format, OutputStream out, BooleanSupplier cancelled) throws IOException;
}
