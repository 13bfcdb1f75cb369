package org.homeward.cases.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.homeward.ui.Choice;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.service.DuplicateService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.ui.Background;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;
import org.homeward.common.validation.FieldProblem;

/**
 * Adds a person to a case's household, or corrects a member's identity, after the same checks as a
 * registration and a duplicate search.
 */
public class PersonDialog extends TitleAreaDialog {

    static final String RELATIONSHIP = "relationship";
    private static final List<Relationship> CHOICES = List.of(Relationship.SPOUSE, Relationship.CHILD,
            Relationship.PARENT, Relationship.SIBLING, Relationship.OTHER);

    private final long caseId;
    private final HouseholdService households;
    private final DuplicateService duplicates;
    private PersonFields person;
    private Choice<Relationship> relationship;
    /** The member whose identity is corrected; null to add one. */
    private final Person corrected;

    public PersonDialog(Shell parent, long caseId, HouseholdService households, DuplicateService duplicates) {
        this(parent, caseId, households, duplicates, null);
    }

    private PersonDialog(Shell parent, long caseId, HouseholdService households, DuplicateService duplicates,
            Person corrected) {
        super(parent);
        this.caseId = caseId;
        this.households = households;
        this.duplicates = duplicates;
        this.corrected = corrected;
    }

    /** A dialog to correct {@code member}'s identity (names, sex, date of birth, nationality). */
    public static PersonDialog correcting(Shell parent, Person member, HouseholdService households,
            DuplicateService duplicates) {
        return new PersonDialog(parent, member.getCaseId(), households, duplicates, member);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(corrected == null ? Messages.Person_shellTitle : Messages.Person_correctShellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(corrected == null
                ? Messages.Person_title
                : NLS.bind(Messages.Person_correctTitle, corrected.getGivenNames() + " " + corrected.getFamilyName()));
        setMessage(corrected == null ? Messages.Person_message : Messages.Person_correctMessage);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        if (corrected == null) {
            new Label(form, SWT.NONE).setText(Messages.Person_relationship);
            relationship = new Choice<>(new Combo(form, SWT.READ_ONLY), CHOICES, Labels::relationship, null);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(relationship.control());
        }
        person = new PersonFields(form, true);
        if (corrected != null) {
            person.fill(corrected);
        }
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
        PersonDraft draft = person.draft();
        List<FieldProblem> found = new ArrayList<>(person.problems(households.validate(draft)));
        Relationship chosen = relationship == null ? null : relationship.selected();
        if (corrected == null && chosen == null) {
            found.add(
                    new FieldProblem(RELATIONSHIP, NLS.bind(Messages.Problem_required, Messages.Person_relationship)));
        }
        if (!found.isEmpty()) {
            show(found);
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        long self = corrected == null ? -1 : corrected.getId();
        DuplicateCheck.run(getShell(), duplicates, draft, self, () -> save(draft, chosen), existing -> back(),
                this::back);
    }

    private void back() {
        if (getShell() != null && !getShell().isDisposed()) {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
        }
    }

    private void save(PersonDraft draft, Relationship chosen) {
        Background.run(Messages.Person_job, getButton(IDialogConstants.OK_ID),
                () -> corrected == null
                        ? households.addMember(caseId, draft, chosen)
                        : households.correctIdentity(corrected.getId(), corrected.getVersion(), draft),
                added -> {
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
            back();
            setErrorMessage(message);
        }
    }

    private void show(List<FieldProblem> found) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        back();
        setErrorMessage(NLS.bind(Messages.NewCase_problems, found.size()));
        Map<String, Control> others = relationship == null ? Map.of() : Map.of(RELATIONSHIP, relationship.control());
        person.show(found, others);
        person.recheckWith(households::validate, others,
                n -> setErrorMessage(n == 0 ? null : NLS.bind(Messages.NewCase_problems, n)));
    }
}
