package org.homeward.reporting.model;

/**
 * A report, as an OSGi service: the built-in ones and those an office plugin adds. Reports run off the
 * UI thread and read the areas' statistics views, never their tables.
 */
public interface ReportDefinition {

    /** Service property ordering reports in lists (lower first). */
    String ORDER = "report.order";

    /** A stable name ("returns-per-month"), for the command line and saved choices. */
    String id();

    /** The report's title in the workbench's language. */
    String title();

    /**
     * Runs the report.
     *
     * @param cancelled asked between steps; a cancelled report returns what it has, or throws
     *            {@link java.util.concurrent.CancellationException}
     */
    ReportResult run(ReportFilter filter, java.util.function.BooleanSupplier cancelled);
}
