package org.homeward.cases.ui.editor.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.service.CaseMergeService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;
import org.homeward.common.validation.RefusedException;
import org.homeward.ui.Background;

/**
 * Merges the editor's case and another case of the same person: the user finds the other by its
 * number, sees both, chooses the one to keep and gives a reason. The service decides who may.
 */
final class MergeDialog extends TitleAreaDialog {

    private final long caseId;
    /** This case's version as the editor read it; the other's as found. */
    private final long caseVersion;
    private long otherVersion;
    private final String caseNumber;
    private final CaseService cases;
    private final CaseMergeService merges;
    private Text other;
    private Label found;
    private Button keepThis;
    private Text reason;
    private CaseRow otherCase;

    MergeDialog(Shell parent, long caseId, long caseVersion, String caseNumber, CaseService cases,
            CaseMergeService merges) {
        super(parent);
        this.caseId = caseId;
        this.caseVersion = caseVersion;
        this.caseNumber = caseNumber;
        this.cases = cases;
        this.merges = merges;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Merge_shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Merge_title);
        setMessage(Messages.Merge_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Merge_other);
        other = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(other);
        Button find = new Button(form, SWT.PUSH);
        find.setText(Messages.Merge_find);
        find.addListener(SWT.Selection, e -> find());
        found = new Label(form, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(found);
        keepThis = new Button(form, SWT.RADIO);
        keepThis.setText(NLS.bind(Messages.Merge_keepThis, caseNumber));
        keepThis.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(keepThis);
        Button keepOther = new Button(form, SWT.RADIO);
        keepOther.setText(Messages.Merge_keepOther);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(keepOther);
        new Label(form, SWT.NONE).setText(Messages.Merge_reason);
        reason = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(reason);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Merge_do, false);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.NewCase_cancel, true);
    }

    private void find() {
        String number = other.getText().strip();
        otherCase = null;
        background(() -> {
            List<CaseRow> rows = number.isEmpty() ? List.of() : cases.page(new CaseFilter(number), 0, 2);
            CaseRow row = rows.stream().filter(r -> r.caseNumber().equalsIgnoreCase(number)).findFirst()
                    .orElse(null);
            long version = row == null ? -1 : cases.find(row.id()).map(c -> c.getVersion()).orElse(-1L);
            return () -> {
                otherCase = row != null && row.id() != caseId ? row : null;
                otherVersion = version;
                if (otherCase == null) {
                    setErrorMessage(NLS.bind(Messages.Merge_notFound, number));
                    found.setText("");
                } else {
                    setErrorMessage(null);
                    found.setText(NLS.bind(Messages.Merge_found, new Object[]{row.caseNumber(),
                            row.familyName() + " " + row.givenNames(), Labels.dateOfBirth(row.dateOfBirth()),
                            Labels.status(row.status())}));
                }
                getShell().layout(true, true);
            };
        });
    }

    @Override
    protected void okPressed() {
        if (otherCase == null) {
            setErrorMessage(Messages.Merge_chooseOther);
            return;
        }
        long keep = keepThis.getSelection() ? caseId : otherCase.id();
        long merged = keep == caseId ? otherCase.id() : caseId;
        long keepVersion = keep == caseId ? caseVersion : otherVersion;
        long mergedVersion = keep == caseId ? otherVersion : caseVersion;
        String why = reason.getText();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        background(() -> {
            try {
                merges.merge(keep, keepVersion, merged, mergedVersion, why);
                return () -> {
                    setReturnCode(OK);
                    close();
                };
            } catch (RefusedException | org.homeward.common.validation.ConflictException e) {
                return () -> {
                    getButton(IDialogConstants.OK_ID).setEnabled(true);
                    setErrorMessage(e.getMessage());
                };
            }
        });
    }

    /** Runs {@code work} in the background; what it returns runs on the UI thread if the dialog is still open. */
    private void background(java.util.function.Supplier<Runnable> work) {
        Background.run(Messages.Merge_job, found, work::get, Runnable::run,
                failure -> setErrorMessage(failure.message()));
    }
}
