package org.homeward.referrals.ui.parts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
import org.homeward.cases.model.DueAction;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.ui.editor.CaseEditors;
import org.homeward.common.security.CurrentUser;
import org.homeward.referrals.model.FollowUp;
import org.homeward.referrals.model.service.ReferralEvents;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.ui.Background;
import org.homeward.referrals.ui.internal.Labels;
import org.homeward.referrals.ui.internal.Messages;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * "My follow-ups": referrals whose follow-up is due within a week, and the cases whose next action
 * falls to the user within a week; the overdue ones in red, all by due date.
 */
public class FollowUpsPart {

    static final int HORIZON_DAYS = 7;
    static final int MAX_CASES = 500;

    private final UISynchronize ui;
    private final EPartService parts;
    private final EModelService models;
    private final MApplication app;
    /** One line of the list: a referral's follow-up or a case's next action. */
    private record Row(LocalDate due, long caseId, String caseNumber, String kind, String person, String what,
            String status) {
    }

    private ReferralService referrals;
    private CaseService cases;
    private CurrentUser user;
    private Table table;
    private Label count;
    private List<Row> shown = List.of();

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
        intro.setText(NLS.bind(Messages.FollowUps_introBoth, HORIZON_DAYS));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(intro);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.FollowUps_refresh);
        refresh.addListener(SWT.Selection, e -> reload());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
        String[] headers = {Messages.Column_due, Messages.Column_late, Messages.Column_kind, Messages.Column_case,
                Messages.Column_person, Messages.Column_what, Messages.Column_status};
        int[] widths = {90, 60, 90, 130, 150, 200, 90};
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        table.addListener(SWT.DefaultSelection, e -> {
            int index = table.getSelectionIndex();
            if (index >= 0 && index < shown.size()) {
                Row r = shown.get(index);
                CaseEditors.open(parts, models, app, r.caseId(), r.caseNumber());
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
    void setCaseService(@Service CaseService service, @Service CurrentUser currentUser) {
        ui.asyncExec(() -> {
            cases = service;
            user = currentUser;
            reload();
        });
    }

    @Inject
    @Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) Event event) {
        reload();
    }

    @Inject
    @Optional
    void referralChanged(@UIEventTopic(ReferralEvents.TOPIC_CHANGED) Event event) {
        reload();
    }

    private void reload() {
        ReferralService referralService = referrals;
        CaseService caseService = cases;
        CurrentUser me = user;
        if (referralService == null || table == null || table.isDisposed()) {
            return;
        }
        LocalDate today = LocalDate.now();
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        Background.read(Messages.FollowUps_job, table, () -> {
            List<Row> rows = new ArrayList<>();
            for (FollowUp f : referralService.dueBy(horizon, today)) {
                rows.add(new Row(f.due(), f.caseId(), f.caseNumber(), Messages.Kind_referral, f.personName(),
                        f.organisation(), Labels.status(f.status())));
            }
            if (caseService != null && me != null) {
                for (DueAction d : caseService.dueActions(me.name(), horizon, MAX_CASES)) {
                    rows.add(new Row(d.next().due(), d.caseId(), d.caseNumber(), Messages.Kind_case, d.principal(),
                            d.next().what(), ""));
                }
            }
            rows.sort(Comparator.comparing(Row::due).thenComparing(Row::caseNumber));
            return rows;
        }, rows -> show(rows, today));
    }

    private void show(List<Row> rows, LocalDate today) {
        if (table.isDisposed()) {
            return;
        }
        shown = rows;
        table.removeAll();
        long overdue = 0;
        for (Row r : rows) { // one user's due follow-ups: a short list (cases capped at MAX_CASES)
            long late = Math.max(0, ChronoUnit.DAYS.between(r.due(), today));
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[]{Labels.date(r.due()), late > 0 ? NLS.bind(Messages.FollowUps_days, late) : "",
                    r.kind(), r.caseNumber(), r.person(), r.what(), r.status()});
            if (r.due().isBefore(today)) {
                overdue++;
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        count.setText(NLS.bind(Messages.FollowUps_count, rows.size(), overdue));
        count.getParent().layout();
    }
}
