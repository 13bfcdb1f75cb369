package org.homeward.cases.ui.editor.internal;

import java.util.function.Supplier;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.homeward.ui.ChoiceDialog;
import org.homeward.ui.Rows;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.service.DuplicateService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.model.service.SubjectAccessService;
import org.homeward.cases.ui.dialogs.PersonDialog;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;

/** The household page: the persons of the case, and adding one. */
final class HouseholdPage {

    private final CaseEditorContext context;
    private final HouseholdService households;
    private final DuplicateService duplicates;
    private final Supplier<SubjectAccessService> subjectAccess;
    private Table table;
    private Label count;
    private PersonDetailsSection details;
    private Rows<Person> persons;
    private Button add;
    private Label problems;

    HouseholdPage(CaseEditorContext context, HouseholdService households, DuplicateService duplicates,
            Supplier<SubjectAccessService> subjectAccess) {
        this.context = context;
        this.households = households;
        this.duplicates = duplicates;
        this.subjectAccess = subjectAccess;
    }

    Composite create(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        count = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(count);
        Composite fixes = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(fixes);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(fixes);
        add = new Button(fixes, SWT.PUSH);
        add.setText(Messages.Editor_addPerson);
        add.addListener(SWT.Selection, e -> {
            if (new PersonDialog(context.shell(), context.caseId(), households, duplicates).open() == Window.OK) {
                context.caseChanged(); // the pages, this one included, read the case again
            }
        });
        GridDataFactory.fillDefaults().applyTo(add);
        button(fixes, Messages.Household_correct, this::correct);
        button(fixes, Messages.Household_remove, this::remove);
        button(fixes, Messages.Household_makePrincipal, this::makePrincipal);
        button(fixes, Messages.SubjectAccess_button, () -> SubjectAccessReport.save(context,
                subjectAccess.get(), persons.selected(), this::say));
        problems = new Label(page, SWT.WRAP);
        problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(problems);
        LocalDate today = LocalDate.now();
        persons = new Rows<Person>(page, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Column_relationship, 140, p -> Labels.relationship(p.getRelationship())),
                new Rows.Column<>(Messages.Column_familyName, 120, Person::getFamilyName),
                new Rows.Column<>(Messages.Column_givenNames, 120, Person::getGivenNames),
                new Rows.Column<>(Messages.Column_arabicName, 120, Person::getArabicName),
                new Rows.Column<>(Messages.Column_sex, 70, p -> Labels.sex(p.getSex())),
                new Rows.Column<>(Messages.Column_dateOfBirth, 110, p -> Labels.dateOfBirth(p.getDateOfBirth())),
                new Rows.Column<>(Messages.Column_nationality, 110, p -> Labels.country(p.getNationality().strip())),
                new Rows.Column<>(Messages.Editor_minor, 60,
                        p -> p.isMinorOn(today) ? Messages.Editor_yes : Messages.Editor_no)))
                .keyedBy(Person::getId);
        table = persons.table();
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(300, 100).applyTo(table);
        details = new PersonDetailsSection(context, households, this::reload);
        details.create(page);
        table.addListener(SWT.Selection, e -> choose());
        context.onChange(this::reload);
        reload();
        return page;
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        GridDataFactory.fillDefaults().applyTo(b);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private void say(String problem) {
        problems.setText(problem == null ? "" : problem);
        problems.getParent().layout(true, true);
    }

    /** Corrects the chosen member's identity (names, sex, date of birth, nationality), with the duplicate check. */
    private void correct() {
        Person p = persons.selected();
        if (p == null) {
            say(Messages.Household_chooseFirst);
            return;
        }
        if (PersonDialog.correcting(context.shell(), p, households, duplicates).open() == Window.OK) {
            say(null);
            context.caseChanged();
        }
    }

    /** Removes a member added by mistake, with the reason (the principal applicant stays). */
    private void remove() {
        Person p = persons.selected();
        if (p == null) {
            say(Messages.Household_chooseFirst);
            return;
        }
        ChoiceDialog<Object> ask = new ChoiceDialog<>(context.shell(), Messages.Household_removeTitle,
                NLS.bind(Messages.Household_removeQuestion, p.getGivenNames() + " " + p.getFamilyName()), null, null,
                Messages.Household_removeReason);
        if (ask.open() != Window.OK) {
            return;
        }
        String why = ask.text();
        EditorWork.save(context, Messages.Editor_job, firstButton(),
                () -> households.removeMember(p.getId(), p.getVersion(), why), problem -> {
                    say(problem);
                    context.caseChanged();
                });
    }

    /** Makes the chosen member the principal applicant; asks what the former principal is to them. */
    private void makePrincipal() {
        Person p = persons.selected();
        if (p == null) {
            say(Messages.Household_chooseFirst);
            return;
        }
        ChoiceDialog<Relationship> ask = new ChoiceDialog<>(context.shell(), Messages.Household_makePrincipalTitle,
                NLS.bind(Messages.Household_formerPrincipal, p.getGivenNames() + " " + p.getFamilyName()),
                List.of(Relationship.SPOUSE, Relationship.PARENT, Relationship.CHILD, Relationship.SIBLING,
                        Relationship.OTHER),
                Labels::relationship, null);
        if (ask.open() != Window.OK) {
            return;
        }
        Relationship former = ask.chosen();
        EditorWork.save(context, Messages.Editor_job, firstButton(), () -> households.makePrincipal(p.getId(), former),
                problem -> {
                    say(problem);
                    context.caseChanged();
                });
    }

    private Button firstButton() {
        return add;
    }

    void reload() {
        EditorWork.load(Messages.Editor_job, table, () -> households.members(context.caseId()),
                this::show);
    }

    /** Shows the chosen person's details; unsaved details of the previous one are saved first. */
    private void choose() {
        Person chosen = persons.selected();
        Person current = details.person();
        if (current != null && chosen != null && current.getId().equals(chosen.getId())) {
            return;
        }
        if (details.isDirty()) {
            context.save();
            if (details.isDirty()) { // problems to correct first: stay on that person
                persons.select(byId(current.getId()));
                return;
            }
        }
        details.show(chosen);
    }

    private Person byId(long personId) {
        return persons.rows().stream().filter(p -> p.getId() == personId).findFirst().orElse(null);
    }

    private void show(List<Person> members) {
        persons.show(members); // a household: a handful of rows
        count.setText(NLS.bind(Messages.Editor_members, members.size()));
        // the person shown keeps being shown, as just read (its version too), unless being edited
        Person current = details.person();
        Person shownNow = current == null ? null : byId(current.getId());
        if (!members.isEmpty()) {
            Person chosen = shownNow == null ? members.get(0) : shownNow;
            persons.select(chosen);
            details.show(chosen); // keeps unsaved edits of the same person, shows documents added meanwhile
        }
        count.getParent().layout();
    }
}
