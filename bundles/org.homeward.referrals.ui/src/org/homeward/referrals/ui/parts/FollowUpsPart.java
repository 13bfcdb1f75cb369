package org.homeward.referrals.ui.parts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.homeward.cases.ui.editor.CaseEditors;
import org.homeward.referrals.model.FollowUp;
import org.homeward.referrals.model.service.ReferralEvents;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.referrals.ui.internal.Labels;
import org.homeward.referrals.ui.internal.Messages;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** "My follow-ups": referrals whose follow-up is due within a week, the overdue ones first and in red. */
public class FollowUpsPart {

    static final int HORIZON_DAYS = 7;

    private final UISynchronize ui;
    private final EPartService parts;
    private final EModelService models;
    private final MApplication app;
    private ReferralService referrals;
    private Table table;
    private Label count;
    private List<FollowUp> shown = List.of();

    @Inject
    public FollowUpsPart(UISynchronize ui, EPartService parts, EModelService models, MApplication app) {
        this.ui = ui;
        this.parts = parts;
        this.models = models;
        this.app = app;
    }

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(NLS.bind(Messages.FollowUps_intro, HORIZON_DAYS));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(intro);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.FollowUps_refresh);
        refresh.addListener(SWT.Selection, e -> reload());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
        String[] headers = {Messages.Column_due, Messages.Column_late, Messages.Column_case, Messages.Column_person,
                Messages.Column_organisation, Messages.Column_status};
        int[] widths = {90, 60, 130, 150, 170, 90};
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        table.addListener(SWT.DefaultSelection, e -> {
            int index = table.getSelectionIndex();
            if (index >= 0 && index < shown.size()) {
                FollowUp f = shown.get(index);
                CaseEditors.open(parts, models, app, f.caseId(), f.caseNumber());
            }
        });
        count = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(count);
        reload();
    }

    @Inject
    @Optional
    void setReferralService(@Service ReferralService service) {
        ui.asyncExec(() -> {
            referrals = service;
            reload();
        });
    }

    @Inject
    @Optional
    void referralChanged(@UIEventTopic(ReferralEvents.TOPIC_CHANGED) Event event) {
        reload();
    }

    private void reload() {
        ReferralService service = referrals;
        if (service == null || table == null || table.isDisposed()) {
            return;
        }
        LocalDate today = LocalDate.now();
        Job job = Job.create(Messages.FollowUps_job, monitor -> {
            try {
                List<FollowUp> due = service.dueBy(today.plusDays(HORIZON_DAYS), today);
                ui.asyncExec(() -> show(due, today));
            } catch (RuntimeException e) {
                ILog.of(FollowUpsPart.class).error(e.getMessage(), e);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<FollowUp> due, LocalDate today) {
        if (table.isDisposed()) {
            return;
        }
        shown = due;
        table.removeAll();
        long overdue = 0;
        for (FollowUp f : due) { // one user's due follow-ups: a short list
            long late = Math.max(0, ChronoUnit.DAYS.between(f.due(), today));
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[]{Labels.date(f.due()), late > 0 ? NLS.bind(Messages.FollowUps_days, late) : "",
                    f.caseNumber(), f.personName(), f.organisation(), Labels.status(f.status())});
            if (f.overdue()) {
                overdue++;
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        count.setText(NLS.bind(Messages.FollowUps_count, due.size(), overdue));
        count.getParent().layout();
    }
}
