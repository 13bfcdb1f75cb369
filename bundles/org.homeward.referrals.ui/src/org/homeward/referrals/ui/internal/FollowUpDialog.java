package org.homeward.referrals.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.referrals.model.FollowUpNote;
import org.homeward.referrals.model.Referral;
import org.homeward.referrals.model.ReferralStatus;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.ui.Background;
import org.homeward.ui.Choice;
import org.homeward.ui.ProblemLabel;
import org.homeward.ui.Rows;

/**
 * The follow-up of one referral: the notes written so far, and a new note with the next follow-up
 * date and, when there is one, the outcome (accepted, in progress, completed, declined), saved together.
 */
final class FollowUpDialog extends TitleAreaDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Referral referral;
    private final String who;
    private final ReferralService referrals;
    private Rows<FollowUpNote> notes;
    private Text note;
    private Text next;
    private Choice<ReferralStatus> outcome;
    private Label problems;

    /** @param who the person and the organisation, as the user reads them */
    FollowUpDialog(Shell parent, Referral referral, String who, ReferralService referrals) {
        super(parent);
        this.referral = referral;
        this.who = who;
        this.referrals = referrals;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.FollowUp_shellTitle);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(who);
        setMessage(NLS.bind(Messages.FollowUp_message, Labels.status(referral.getStatus())));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        notes = new Rows<>(form, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.FollowUp_when, 120, n -> WHEN.format(n.getWrittenAt())),
                new Rows.Column<>(Messages.FollowUp_by, 110, FollowUpNote::getWrittenBy),
                new Rows.Column<>(Messages.FollowUp_note, 300, FollowUpNote::getNote)));
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(520, 110).applyTo(notes.table());
        new Label(form, SWT.NONE).setText(Messages.FollowUp_note);
        note = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, 60).applyTo(note);
        new Label(form, SWT.NONE).setText(Messages.Refer_next);
        next = new Text(form, SWT.BORDER);
        next.setMessage(Messages.FollowUp_dateHint);
        next.setText(Labels.date(referral.getNextFollowUp()));
        GridDataFactory.fillDefaults().hint(110, SWT.DEFAULT).applyTo(next);
        new Label(form, SWT.NONE).setText(Messages.FollowUp_outcome);
        outcome = new Choice<>(new Combo(form, SWT.READ_ONLY), List.copyOf(referral.getStatus().next()),
                Labels::status, Messages.FollowUp_unchanged);
        outcome.select(null);
        GridDataFactory.fillDefaults().applyTo(outcome.control());
        problems = ProblemLabel.create(form, 2, 480, 3);
        long id = referral.getId();
        Background.read(Messages.FollowUps_job, notes.table(), () -> referrals.notes(id), notes::show);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.FollowUp_save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, org.homeward.ui.DialogLabels.cancel(), false);
    }

    @Override
    protected void okPressed() {
        Optional<LocalDate> day = Labels.parseDate(next.getText());
        if (day.isEmpty() && !next.getText().isBlank()) {
            problems.setText(NLS.bind(Messages.Refer_badDate, Messages.Refer_next));
            return;
        }
        String text = note.getText();
        ReferralStatus chosen = outcome.selected();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Background.run(Messages.FollowUps_job, getButton(IDialogConstants.OK_ID),
                () -> referrals.recordFollowUp(referral.getId(), referral.getVersion(), text, day.orElse(null),
                        chosen),
                saved -> {
                    setReturnCode(OK);
                    close();
                }, failure -> {
                    if (getShell() != null && !getShell().isDisposed()) {
                        getButton(IDialogConstants.OK_ID).setEnabled(true);
                        problems.setText(failure.message());
                    }
                });
    }
}
