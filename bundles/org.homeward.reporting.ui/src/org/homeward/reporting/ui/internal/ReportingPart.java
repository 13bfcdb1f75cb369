package org.homeward.reporting.ui.internal;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.homeward.reporting.model.ReportDefinition;
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

    private ReportFilters filters;
    private ReportChart chart;
    private ReportTableView table;
    private Label message;
    private TaskProgress task;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        filters = new ReportFilters(parent, this::show);
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
            chart.show(result);
            table.show(result.table());
            say(NLS.bind(Messages.Shown, new Object[]{result.title(), ReportFilters.DAY.format(filter.from()),
                    ReportFilters.DAY.format(filter.to())}), SWT.COLOR_DARK_GREEN);
        }, failure -> say(failure.message(), SWT.COLOR_DARK_RED));
    }

    private void say(String text, int colour) {
        message.setForeground(message.getDisplay().getSystemColor(colour));
        message.setText(text);
        message.getParent().layout();
    }
}
