package org.homeward.cases.ui.dialogs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Nationalities;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;

/**
 * Registers a new case's principal applicant. Every bad field is named below the form and marked;
 * nothing is saved until all are right. Saving runs in a background job.
 */
public class NewCaseDialog extends TitleAreaDialog {

    /** Background of a field to correct: light enough for black text on any theme. */
    private static final Color BAD_FIELD = new Color(255, 228, 225);

    private final CaseService service;
    private final Locale language = Locale.getDefault();
    private final List<String> countryCodes = Nationalities.sortedCodes(language);
    private final Map<String, Control> fields = new HashMap<>();
    private Text familyName;
    private Text givenNames;
    private Text arabicName;
    private Combo sex;
    private Text dateOfBirth;
    private Combo nationality;
    private Label problems;
    private MigrantCase saved;

    public NewCaseDialog(Shell parent, CaseService service) {
        super(parent);
        this.service = service;
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

        familyName = text(form, Messages.NewCase_familyName, NewCase.FAMILY_NAME, SWT.NONE);
        givenNames = text(form, Messages.NewCase_givenNames, NewCase.GIVEN_NAMES, SWT.NONE);
        arabicName = text(form, Messages.NewCase_arabicName, NewCase.ARABIC_NAME, SWT.RIGHT_TO_LEFT);
        sex = combo(form, Messages.NewCase_sex, NewCase.SEX, SWT.READ_ONLY);
        for (Sex s : Sex.values()) {
            sex.add(Labels.sex(s));
        }
        dateOfBirth = text(form, Messages.NewCase_dateOfBirth, NewCase.DATE_OF_BIRTH, SWT.NONE);
        dateOfBirth.setMessage(Messages.NewCase_dateOfBirthHint);
        dateOfBirth.setToolTipText(Messages.NewCase_dateOfBirthHint);
        nationality = combo(form, Messages.NewCase_nationality, NewCase.NATIONALITY, SWT.DROP_DOWN);
        nationality.setItems(countryCodes.stream().map(Labels::country).toArray(String[]::new));
        nationality.setVisibleItemCount(15);

        problems = new Label(form, SWT.WRAP);
        problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(problems);
        return area;
    }

    private Text text(Composite form, String label, String field, int orientation) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER | SWT.SINGLE | orientation);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        fields.put(field, text);
        return text;
    }

    private Combo combo(Composite form, String label, String field, int style) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = new Combo(form, style);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        fields.put(field, combo);
        return combo;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.NewCase_save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.NewCase_cancel, false);
    }

    @Override
    protected void okPressed() {
        List<FieldProblem> found = new ArrayList<>();
        Optional<DateOfBirth> dob = DateOfBirth.parse(dateOfBirth.getText());
        boolean unreadableDate = dob.isEmpty() && !dateOfBirth.getText().isBlank();
        if (unreadableDate) {
            found.add(new FieldProblem(NewCase.DATE_OF_BIRTH, Messages.NewCase_badDate));
        }
        NewCase draft = draft(dob.orElse(null));
        for (FieldProblem p : service.validate(draft)) {
            if (!(unreadableDate && p.field().equals(NewCase.DATE_OF_BIRTH))) {
                found.add(p);
            }
        }
        if (!found.isEmpty()) {
            show(found);
            return;
        }
        save(draft);
    }

    private NewCase draft(DateOfBirth dob) {
        int sexIndex = sex.getSelectionIndex();
        String typed = nationality.getText();
        int countryIndex = nationality.indexOf(typed);
        String code = countryIndex >= 0
                ? countryCodes.get(countryIndex)
                : Nationalities.fromDisplayName(typed, language).orElse(typed.strip());
        return new NewCase(familyName.getText(), givenNames.getText(), arabicName.getText(),
                sexIndex < 0 ? null : Sex.values()[sexIndex], dob, code);
    }

    private void save(NewCase draft) {
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setMessage(Messages.NewCase_saving);
        Job job = Job.create(Messages.NewCase_job, monitor -> {
            try {
                MigrantCase result = service.register(draft);
                getShell().getDisplay().asyncExec(() -> saved(result));
            } catch (ValidationException e) {
                getShell().getDisplay().asyncExec(() -> show(e.problems()));
            } catch (RuntimeException e) {
                ILog.of(NewCaseDialog.class).error(e.getMessage(), e);
                getShell().getDisplay().asyncExec(() -> failed(e));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private void saved(MigrantCase result) {
        saved = result;
        setReturnCode(OK);
        close();
    }

    private void failed(RuntimeException e) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        setErrorMessage(NLS.bind(Messages.NewCase_saveFailed, e.getMessage()));
    }

    private void show(List<FieldProblem> found) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        setErrorMessage(NLS.bind(Messages.NewCase_problems, found.size()));
        problems.setText(found.stream().map(FieldProblem::message).collect(Collectors.joining("\n")));
        for (Map.Entry<String, Control> f : fields.entrySet()) {
            boolean bad = found.stream().anyMatch(p -> p.field().equals(f.getKey()));
            f.getValue().setBackground(bad ? BAD_FIELD : null);
        }
        found.stream().map(p -> fields.get(p.field())).filter(c -> c != null).findFirst().ifPresent(Control::setFocus);
        problems.getParent().layout(true, true);
        getShell().pack();
    }

    /** The case saved, once the dialog closed with OK. */
    public MigrantCase saved() {
        return saved;
    }
}
