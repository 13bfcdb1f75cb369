package org.homeward.reporting.model.imports;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.homeward.cases.model.service.CaseImportService;

/**
 * Imports cases from an office's legacy spreadsheets (XLSX, or CSV in UTF-8 or Windows-1252): first read
 * the headers and guess the mapping, then a dry run that saves nothing, then the import, which saves the
 * plan's households in one transaction. Call it off the UI thread.
 */
public interface LegacyImport {

    /** The largest file the import reads. */
    long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** Reads the file's headers and first rows, and guesses the mapping. */
    @Requires(Permission.EDIT_CASE)
    ImportSheet open(Path file) throws ImportException;

    /**
     * Reads every row with {@code mapping}: values checked, households grouped, persons compared with
     * those registered and with each other. Saves nothing.
     *
     * @param progress told the number of rows read so far
     * @param cancelled asked between rows
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    @Requires(Permission.EDIT_CASE)
    ImportPlan plan(Path file, ColumnMapping mapping, IntConsumer progress, BooleanSupplier cancelled)
            throws ImportException;

    /**
     * Saves the plan's households, all or none, and audits the import.
     *
     * @throws java.util.concurrent.CancellationException when cancelled: nothing saved
     */
    @Requires(Permission.EDIT_CASE)
    CaseImportService.Outcome run(ImportPlan plan, IntConsumer progress, BooleanSupplier cancelled);
}
