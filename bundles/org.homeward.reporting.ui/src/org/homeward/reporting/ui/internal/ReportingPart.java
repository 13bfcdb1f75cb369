package org.homeward.reporting.ui.internal;

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
import org.homeward.ui.Background;
import org.homeward.ui.ProblemLabel;
import org.homeward.ui.TaskProgress;

import jakarta.annotation.PostConstruct;
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
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(exporting);
        anonymised = new Button(exporting, SWT.CHECK);
        anonymised.setText(Messages.Anonymised);
        anonymised.setSelection(true);
        Button save = new Button(exporting, SWT.PUSH);
        save.setText(Messages.Export);
        save.addListener(SWT.Selection, e -> export());
        Button cases = new Button(exporting, SWT.PUSH);
        cases.setText(Messages.ExportCases);
        cases.addListener(SWT.Selection, e -> exportCases());
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
        task.run(Messages.Job, 1, (done, cancelled) -> {
            var result = report.run(filter, cancelled);
            done.accept(1);
            return result;
        }, result -> {
            shown = new Shown(report, filter, result);
            chart.show(result);
            table.show(result.table());
            say(NLS.bind(Messages.Shown, new Object[]{result.title(), ReportFilters.DAY.format(filter.from()),
                    ReportFilters.DAY.format(filter.to())}), SWT.COLOR_DARK_GREEN);
        }, failure -> say(failure.message(), SWT.COLOR_DARK_RED));
    }

    private Button anonymised;

    /** Saves the report on screen as CSV or XLSX (by the name's extension), anonymised unless unticked. */
    private void export() {
        Shown now = shown;
        if (now == null) {
            return;
        }
        String chosen = chooseFile(now.report().id() + ".xlsx");
        if (chosen == null) {
            return;
        }
        boolean anonymous = anonymised.getSelection();
        ReportExport.Format format = format(chosen);
        saveTo(chosen, Messages.Export,
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
        String chosen = chooseFile("dossiers.xlsx");
        if (chosen == null) {
            return;
        }
        boolean anonymous = anonymised.getSelection();
        CaseFilter cases = new CaseFilter("", null, null, filter.nationality(), filter.vulnerability(),
                filter.from(), filter.to());
        saveTo(chosen, Messages.ExportCases, out -> caseExport.write(cases, format(chosen), anonymous, out));
    }

    /** Writes a file off the UI thread, then says how many rows went to it. */
    @FunctionalInterface
    private interface Writing {

        int write(java.io.OutputStream out) throws java.io.IOException;
    }

    private void saveTo(String file, String job, Writing writing) {
        Background.run(job, message, () -> {
            try (var out = java.nio.file.Files.newOutputStream(java.nio.file.Path.of(file))) {
                return writing.write(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, rows -> say(NLS.bind(Messages.Exported, rows, file), SWT.COLOR_DARK_GREEN),
                failure -> say(failure.message(), SWT.COLOR_DARK_RED));
    }

    private String chooseFile(String name) {
        FileDialog dialog = new FileDialog(message.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[]{"*.xlsx", "*.csv"});
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
