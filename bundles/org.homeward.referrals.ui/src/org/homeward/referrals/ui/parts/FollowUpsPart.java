package org.homeward.referrals.ui.parts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

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
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Label;
import org.homeward.cases.model.DueAction;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.ui.editor.CaseEditors;
import org.homeward.common.security.CurrentUser;
import org.homeward.referrals.model.FollowUp;
import org.homeward.referrals.model.service.ReferralEvents;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.ui.Background;
import org.homeward.ui.Rows;
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
    private record Row(LocalDate due, long late, long caseId, String caseNumber, String kind, String person,
            String what, String status) {
    }

    private ReferralService referrals;
    private CaseService cases;
    private CurrentUser user;
    private Rows<Row> rows;
    private Label count;

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
        Color red = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        Function<Row, Color> overdue = r -> r.late() > 0 ? red : null;
        rows = new Rows<>(parent, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Column_due, 90, r -> Labels.date(r.due()), overdue),
                new Rows.Column<>(Messages.Column_late, 60,
                        r -> r.late() > 0 ? NLS.bind(Messages.FollowUps_days, r.late()) : "", overdue),
                new Rows.Column<>(Messages.Column_kind, 90, Row::kind, overdue),
                new Rows.Column<>(Messages.Column_case, 130, Row::caseNumber, overdue),
                new Rows.Column<>(Messages.Column_person, 150, Row::person, overdue),
                new Rows.Column<>(Messages.Column_what, 200, Row::what, overdue),
                new Rows.Column<>(Messages.Column_status, 90, Row::status, overdue)));
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(rows.table());
        rows.viewer().addDoubleClickListener(e -> {
            Row r = rows.selected();
            if (r != null) {
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
        if (referralService == null || rows == null || rows.table().isDisposed()) {
            return;
        }
        LocalDate today = LocalDate.now();
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        Background.read(Messages.FollowUps_job, rows.table(), () -> {
            List<Row> found = new ArrayList<>();
            for (FollowUp f : referralService.dueBy(horizon, today)) {
                found.add(new Row(f.due(), late(f.due(), today), f.caseId(), f.caseNumber(), Messages.Kind_referral,
                        f.personName(), f.organisation(), Labels.status(f.status())));
            }
            if (caseService != null && me != null) {
                for (DueAction d : caseService.dueActions(me.name(), horizon, MAX_CASES)) {
                    found.add(new Row(d.next().due(), late(d.next().due(), today), d.caseId(), d.caseNumber(),
                            Messages.Kind_case, d.principal(), d.next().what(), ""));
                }
            }
            found.sort(Comparator.comparing(Row::due).thenComparing(Row::caseNumber));
            return found;
        }, this::show);
    }

    private static long late(LocalDate due, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(due, today));
    }

    private void show(List<Row> found) {
        rows.show(found); // one user's due follow-ups: a short list (cases capped at MAX_CASES)
        count.setText(NLS.bind(Messages.FollowUps_count, found.size(), found.stream().filter(r -> r.late() > 0)
                .count()));
        count.getParent().layout();
    }
}
