package org.homeward.cases.ui.dialogs;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.homeward.cases.model.DuplicateCandidate;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.service.CaseService;
import org.homeward.ui.Background;
import org.homeward.cases.model.service.DuplicateService;
import org.homeward.cases.ui.internal.Messages;
import org.homeward.common.validation.FieldProblem;

/**
 * Registers a new case's principal applicant. Every bad field is named below the form and marked;
 * persons already registered who may be the same are shown before anything is saved. Searching and
 * saving run in background jobs.
 */
public class NewCaseDialog extends TitleAreaDialog {

    private final CaseService service;
    private final DuplicateService duplicates;
    private PersonFields person;
    private MigrantCase saved;
    private DuplicateCandidate existing;

    public NewCaseDialog(Shell parent, CaseService service, DuplicateService duplicates) {
        super(parent);
        this.service = service;
        this.duplicates = duplicates;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.NewCase_shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.NewCase_title);
        setMessage(Messages.NewCase_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        person = new PersonFields(form, false);
        person.addProblemsLabel(form);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.NewCase_save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.NewCase_cancel, false);
    }

    @Override
    protected void okPressed() {
        PersonDraft p = person.draft();
        NewCase draft = new NewCase(p.familyName(), p.givenNames(), p.arabicName(), p.sex(), p.dateOfBirth(),
                p.nationality());
        List<FieldProblem> found = person.problems(service.validate(draft));
        if (!found.isEmpty()) {
            show(found);
            return;
        }
        busy(true);
        DuplicateCheck.run(getShell(), duplicates, p, () -> save(draft), candidate -> {
            existing = candidate;
            setReturnCode(OK);
            close();
        }, () -> busy(false));
    }

    private void busy(boolean busy) {
        if (getShell() != null && !getShell().isDisposed()) {
            getButton(IDialogConstants.OK_ID).setEnabled(!busy);
            setMessage(busy ? Messages.NewCase_saving : Messages.NewCase_message);
        }
    }

    private void save(NewCase draft) {
        Background.run(Messages.NewCase_job, getButton(IDialogConstants.OK_ID), () -> service.register(draft),
                result -> {
                    saved = result;
                    setReturnCode(OK);
                    close();
                }, failure -> {
                    if (failure.problems().isEmpty()) {
                        busy(false);
                        setErrorMessage(NLS.bind(Messages.NewCase_saveFailed, failure.message()));
                    } else {
                        show(failure.problems());
                    }
                });
    }

    private void show(List<FieldProblem> found) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        busy(false);
        setErrorMessage(NLS.bind(Messages.NewCase_problems, found.size()));
        person.show(found, Map.of());
        person.recheckWith(d -> service.validate(new NewCase(d.familyName(), d.givenNames(), d.arabicName(), d.sex(),
                d.dateOfBirth(), d.nationality())), Map.of(), this::remaining);
    }

    private void remaining(int problems) {
        setErrorMessage(problems == 0 ? null : NLS.bind(Messages.NewCase_problems, problems));
    }

    /** The case saved, once the dialog closed with OK; null when the user chose an existing case. */
    public MigrantCase saved() {
        return saved;
    }

    /** The existing case the user chose to open instead of registering, or null. */
    public DuplicateCandidate existing() {
        return existing;
    }
}
