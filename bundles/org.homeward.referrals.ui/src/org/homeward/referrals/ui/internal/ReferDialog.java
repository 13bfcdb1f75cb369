package org.homeward.referrals.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
import org.homeward.ui.ProblemLabel;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.cases.model.Person;
import org.homeward.common.validation.FieldProblem;
import org.homeward.referrals.model.Organisation;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.ui.Background;
import org.homeward.ui.Choice;

/** Refers a person of the case to a partner organisation; the service checks consent and logs the sharing. */
final class ReferDialog extends TitleAreaDialog {

    private final long caseId;
    private final List<Person> persons;
    private final List<Organisation> organisations;
    private final ReferralService referrals;
    private final Map<String, Control> fields = new HashMap<>();
    private Choice<Person> person;
    private Choice<Organisation> organisation;
    private Text date;
    private Text reason;
    private Text next;
    private Label problems;

    ReferDialog(Shell parent, long caseId, List<Person> persons, List<Organisation> organisations,
            ReferralService referrals) {
        super(parent);
        this.caseId = caseId;
        this.persons = persons;
        this.organisations = organisations;
        this.referrals = referrals;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Refer_shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Refer_title);
        setMessage(organisations.isEmpty() ? Messages.Refer_noOrganisation : Messages.Refer_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        person = new Choice<>(combo(form, Messages.Refer_person, "person"), persons,
                p -> p.getGivenNames() + " " + p.getFamilyName(), null);
        if (persons.size() == 1) {
            person.select(persons.get(0));
        }
        organisation = new Choice<>(combo(form, Messages.Refer_organisation, "organisation"), organisations,
                o -> o.getName() + " (" + o.getCity() + ")", null);
        date = text(form, Messages.Refer_date, "referredOn", SWT.SINGLE);
        date.setText(Labels.date(LocalDate.now()));
        date.setMessage(Messages.Refer_dateHint);
        reason = text(form, Messages.Refer_reason, "reason", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 60).applyTo(reason);
        next = text(form, Messages.Refer_next, "nextFollowUp", SWT.SINGLE);
        next.setMessage(Messages.Refer_dateHint);
        problems = ProblemLabel.create(form, 2, 420, 4);
        return area;
    }

    private Combo combo(Composite form, String label, String field) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = new Combo(form, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        fields.put(field, combo);
        return combo;
    }

    private Text text(Composite form, String label, String field, int style) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER | style);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        fields.put(field, text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Refer_save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Refer_cancel, false);
    }

    @Override
    protected void okPressed() {
        List<FieldProblem> found = new ArrayList<>();
        if (person.selected() == null) {
            found.add(new FieldProblem("person", NLS.bind(Messages.Refer_required, Messages.Refer_person)));
        }
        if (organisation.selected() == null) {
            found.add(new FieldProblem("organisation", NLS.bind(Messages.Refer_required, Messages.Refer_organisation)));
        }
        Optional<LocalDate> on = Labels.parseDate(date.getText());
        if (on.isEmpty()) {
            String problem = date.getText().isBlank()
                    ? NLS.bind(Messages.Refer_required, Messages.Refer_date)
                    : NLS.bind(Messages.Refer_badDate, Messages.Refer_date);
            found.add(new FieldProblem("referredOn", problem));
        }
        Optional<LocalDate> due = Labels.parseDate(next.getText());
        if (due.isEmpty() && !next.getText().isBlank()) {
            found.add(new FieldProblem("nextFollowUp", NLS.bind(Messages.Refer_badDate, Messages.Refer_next)));
        }
        if (!found.isEmpty()) {
            show(found);
            return;
        }
        long personId = person.selected().getId();
        long organisationId = organisation.selected().getId();
        String why = reason.getText();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Background.run(Messages.Refer_job, problems,
                () -> referrals.refer(caseId, personId, organisationId, on.get(), why, due.orElse(null)), made -> {
                    setReturnCode(OK);
                    close();
                }, failure -> {
                    if (failure.problems().isEmpty()) {
                        refused(failure.message());
                    } else {
                        show(failure.problems());
                    }
                });
    }

    private void refused(String message) {
        if (getShell() != null && !getShell().isDisposed()) {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            setErrorMessage(message);
            problems.setText(message);
            problems.getParent().layout(true, true);
        }
    }

    private void show(List<FieldProblem> found) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        setErrorMessage(NLS.bind(Messages.Refer_problems, found.size()));
        problems.setText(found.stream().map(FieldProblem::message).collect(Collectors.joining("\n")));
        problems.getParent().layout(true, true);
        found.stream().map(p -> fields.get(p.field())).filter(c -> c != null).findFirst().ifPresent(Control::setFocus);
    }
}
