package org.homeward.cases.ui.retention;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.homeward.cases.model.service.RetentionService;
import org.homeward.cases.model.service.RetentionService.DueCase;
import org.homeward.cases.ui.internal.Messages;
import org.homeward.ui.Background;
import org.homeward.ui.Rows;

/**
 * The retention schedule for an administrator: the cases due (closed longer ago than the office's years),
 * read off the UI thread and listed lazily with no name, then, once confirmed, their anonymisation with
 * its progress and a Cancel button (cases done stay done; the others stay as they were).
 */
public class RetentionDialog extends Dialog {

    private static final int ANONYMISE = IDialogConstants.CLIENT_ID + 1;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy");

    private final RetentionService retention;
    private Rows<DueCase> rows;
    private Label count;
    private Label outcome;
    private List<DueCase> due = List.of();

    public RetentionDialog(Shell parent, RetentionService retention) {
        super(parent);
        this.retention = retention;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Retention_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label schedule = new Label(area, SWT.WRAP);
        schedule.setText(NLS.bind(Messages.Retention_schedule, retention.years()));
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(schedule);
        rows = new Rows<>(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL, List.of(
                new Rows.Column<>(Messages.Retention_caseNumber, 180, DueCase::caseNumber),
                new Rows.Column<>(Messages.Retention_closedOn, 120, d -> DAY.format(d.closedOn())),
                new Rows.Column<>(Messages.Retention_persons, 100, d -> String.valueOf(d.persons()))));
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 260).applyTo(rows.table());
        count = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        outcome = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(outcome);
        load();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, ANONYMISE, Messages.Retention_anonymise, false).setEnabled(false);
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Retention_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == ANONYMISE) {
            anonymise();
        } else {
            close();
        }
    }

    private void load() {
        count.setText(Messages.Retention_reading);
        Background.run(Messages.Retention_reading, rows.table(), () -> retention.due(LocalDate.now()), found -> {
            due = found;
            rows.show(found);
            count.setText(NLS.bind(Messages.Retention_due, found.size()));
            Button go = getButton(ANONYMISE);
            if (go != null) {
                go.setEnabled(!found.isEmpty());
            }
            count.getParent().layout();
        }, failure -> count.setText(failure.message()));
    }

    private void anonymise() {
        List<Long> ids = due.stream().map(DueCase::caseId).toList();
        if (ids.isEmpty() || !MessageDialog.openConfirm(getShell(), Messages.Retention_confirmTitle,
                NLS.bind(Messages.Retention_confirm, ids.size()))) {
            return;
        }
        int[] done = new int[1];
        Background.Ended<Integer> ended = Background.withProgress(getShell(), Messages.Retention_running,
                monitor -> retention.anonymise(ids, LocalDate.now(), n -> {
                    done[0] = n;
                    monitor.subTask(NLS.bind(Messages.Retention_progress, n, ids.size()));
                }, monitor::isCanceled));
        String problem = ended.cancelled()
                ? Messages.Retention_cancelled
                : ended.failure() == null ? null : ended.failure().message();
        outcome.setText(problem == null
                ? NLS.bind(Messages.Retention_done, done[0])
                : NLS.bind(Messages.Retention_stopped, done[0], problem));
        load();
    }
}
