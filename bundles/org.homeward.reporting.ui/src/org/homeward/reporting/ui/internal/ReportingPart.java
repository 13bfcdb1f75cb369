package org.homeward.reporting.ui.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.homeward.cases.model.CaseFilter;
import org.homeward.reporting.model.CaseListExport;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportExport;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportService;
import org.homeward.ui.AtomicFiles;
import org.homeward.ui.Background;
import org.homeward.ui.ProblemLabel;
import org.homeward.ui.TaskProgress;

import jakarta.annotation.PostConstruct;
import org.homeward.reporting.ui.internal.imports.ImportDialog;
import org.homeward.common.validation.RefusedException;
import org.homeward.reporting.model.DonorReport;
import org.homeward.reporting.model.imports.ImportException;
import org.homeward.reporting.model.imports.LegacyImport;
import org.homeward.reporting.ui.internal.imports.ImportWizard;

import jakarta.inject.Inject;

/**
 * The Reporting part: a report and its filters, then its chart and its table, computed in a job with
 * its progress and a Cancel button, never on the UI thread.
 */
public class ReportingPart {

    @Inject
    @Service
    ReportService reports;

    @Inject
    @Service
    ReportExport export;

    @Inject
    @Service
    CaseListExport caseExport;

    @Inject
    @Service
    DonorReport donorReport;

    @Inject
    @Service
    LegacyImport legacy;

    @Inject
    @Service
    CurrentUser user;

    private ReportFilters filters;
    private ReportChart chart;
    private ReportTableView table;
    private Label message;
    private TaskProgress task;
    private Shown shown;

    /** The report on screen, with what it covers. */
    private record Shown(ReportDefinition report, ReportFilter filter, ReportResult result) {
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        filters = new ReportFilters(parent, this::show);
        Composite exporting = new Composite(parent, SWT.NONE);
        // a row that wraps: the part may have half of a 1366-pixel screen
        org.eclipse.swt.layout.RowLayout wrapping = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        wrapping.wrap = true;
        wrapping.center = true;
        wrapping.marginLeft = wrapping.marginRight = wrapping.marginTop = wrapping.marginBottom = 0;
        exporting.setLayout(wrapping);
        GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(exporting);
        anonymised = new Button(exporting, SWT.CHECK);
        anonymised.setText(Messages.Anonymised);
        anonymised.setSelection(true);
        if (!user.can(Permission.EXPORT_IDENTIFIED)) { // the services refuse it too
            anonymised.setEnabled(false);
            anonymised.setToolTipText(Messages.AnonymisedOnly);
        }
        Button save = new Button(exporting, SWT.PUSH);
        save.setText(Messages.Export);
        save.addListener(SWT.Selection, e -> export());
        Button cases = new Button(exporting, SWT.PUSH);
        cases.setText(Messages.ExportCases);
        cases.addListener(SWT.Selection, e -> exportCases());
        Button donor = new Button(exporting, SWT.PUSH);
        donor.setText(Messages.DonorReport);
        donor.addListener(SWT.Selection, e -> donorReport());
        Button importing = new Button(exporting, SWT.PUSH);
        importing.setText(Messages.ImportCases);
        importing.addListener(SWT.Selection, e -> importCases());
        message = ProblemLabel.create(parent, 1, 300, 2);
        task = new TaskProgress(parent, 1);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        chart = new ReportChart(sash);
        table = new ReportTableView(sash);
        sash.setWeights(3, 2);
        Background.read(Messages.Reading, parent, reports::reports, list -> {
            filters.setReports(list);
            show();
        });
    }

    private void show() {
        ReportDefinition report = filters.report();
        ReportFilter filter = filters.current();
        if (report == null) {
            return;
        }
        if (filter == null) {
            say(String.join("\n", filters.problems()), SWT.COLOR_DARK_RED);
            return;
        }
        if (task.busy()) { // the report asked last is the one shown: it runs when the one running ends
            again = true;
            return;
        }
        task.run(Messages.Job, 1, (done, cancelled) -> {
            var result = report.run(filter, cancelled);
            done.accept(1);
            return result;
        }, result -> {
            if (again) {
                again = false;
                show();
                return;
            }
            shown = new Shown(report, filter, result);
            chart.show(result);
            table.show(result.table());
            say(NLS.bind(Messages.Shown, new Object[]{result.title(), ReportFilters.DAY.format(filter.from()),
                    ReportFilters.DAY.format(filter.to())}), SWT.COLOR_DARK_GREEN);
        }, failure -> {
            again = false;
            say(failure.message(), SWT.COLOR_DARK_RED);
        });
    }

    private boolean again;
    private Button anonymised;

    /** Saves the report on screen as CSV or XLSX (by the name's extension), anonymised unless unticked. */
    private void export() {
        Shown now = shown;
        if (now == null) {
            return;
        }
        String chosen = chooseFile(now.report().id() + ".xlsx", "*.xlsx", "*.csv");
        if (chosen == null) {
            return;
        }
        boolean anonymous = anonymised.getSelection();
        ReportExport.Format format = format(chosen);
        saveTo(chosen, Messages.Export, rows -> NLS.bind(Messages.Exported, rows, chosen),
                out -> export.write(now.report().id(), now.result(), now.filter(), format, anonymous, out));
    }

    /**
     * Saves the cases registered in the period (of the nationality and vulnerability chosen) as a list,
     * anonymised unless unticked.
     */
    private void exportCases() {
        ReportFilter filter = filters.current();
        if (filter == null) {
            say(String.join("\n", filters.problems()), SWT.COLOR_DARK_RED);
            return;
        }
        String chosen = chooseFile("dossiers.xlsx", "*.xlsx", "*.csv");
        if (chosen == null) {
            return;
        }
        boolean anonymous = anonymised.getSelection();
        CaseFilter cases = new CaseFilter("", null, null, filter.nationality(), filter.vulnerability(),
                filter.from(), filter.to());
        saveTo(chosen, Messages.ExportCases, rows -> NLS.bind(Messages.Exported, rows, chosen),
                out -> caseExport.write(cases, format(chosen), anonymous, out));
    }

    /** Saves the donor report of the period and donor/project chosen, as PDF or XLSX, always anonymised. */
    private void donorReport() {
        ReportFilter filter = filters.current();
        if (filter == null) {
            say(String.join("\n", filters.problems()), SWT.COLOR_DARK_RED);
            return;
        }
        String chosen = chooseFile("rapport-bailleur.pdf", "*.pdf", "*.xlsx");
        if (chosen == null) {
            return;
        }
        DonorReport.Format format = chosen.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                ? DonorReport.Format.XLSX
                : DonorReport.Format.PDF;
        saveTo(chosen, Messages.DonorReport, sections -> NLS.bind(Messages.DonorSaved, sections, chosen),
                out -> donorReport.write(filter, format, out, () -> false));
    }

    /** Reads the chosen spreadsheet's headers off the UI thread, then opens the import wizard on it. */
    private void importCases() {
        FileDialog dialog = new FileDialog(message.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[]{"*.xlsx;*.csv", "*.*"});
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        java.nio.file.Path file = java.nio.file.Path.of(chosen);
        Background.run(Messages.ImportCases, message, () -> {
            try {
                return legacy.open(file);
            } catch (ImportException e) {
                throw new RefusedException(java.util.List.of(e.getMessage()));
            }
        }, sheet -> new ImportDialog(message.getShell(), new ImportWizard(legacy, file, sheet,
                done -> say(done, SWT.COLOR_DARK_GREEN))).open(),
                failure -> say(failure.message(), SWT.COLOR_DARK_RED));
    }

    /** Writes a file off the UI thread, then says how many rows went to it. */
    @FunctionalInterface
    private interface Writing {

        int write(java.io.OutputStream out) throws java.io.IOException, RefusedException;
    }

    private void saveTo(String file, String job, java.util.function.IntFunction<String> saved, Writing writing) {
        Background.run(job, message, () -> AtomicFiles.write(java.nio.file.Path.of(file), writing::write),
                rows -> say(saved.apply(rows), SWT.COLOR_DARK_GREEN),
                failure -> say(failure.message(), SWT.COLOR_DARK_RED));
    }

    private String chooseFile(String name, String... extensions) {
        FileDialog dialog = new FileDialog(message.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(extensions);
        dialog.setFileName(name);
        dialog.setOverwrite(true);
        return dialog.open();
    }

    private static ReportExport.Format format(String file) {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? ReportExport.Format.CSV
                : ReportExport.Format.XLSX;
    }

    private void say(String text, int colour) {
        message.setForeground(message.getDisplay().getSystemColor(colour));
        message.setText(text);
        message.getParent().layout();
    }
}
