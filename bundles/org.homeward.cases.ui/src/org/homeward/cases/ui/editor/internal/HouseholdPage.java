package org.homeward.cases.ui.editor.internal;

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
import org.homeward.ui.Rows;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.service.DuplicateService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.ui.dialogs.PersonDialog;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;

/** The household page: the persons of the case, and adding one. */
final class HouseholdPage {

    private final CaseEditorContext context;
    private final HouseholdService households;
    private final DuplicateService duplicates;
    private Table table;
    private Label count;
    private PersonDetailsSection details;
    private Rows<Person> persons;

    HouseholdPage(CaseEditorContext context, HouseholdService households, DuplicateService duplicates) {
        this.context = context;
        this.households = households;
        this.duplicates = duplicates;
    }

    Composite create(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        count = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        Button add = new Button(page, SWT.PUSH);
        add.setText(Messages.Editor_addPerson);
        add.addListener(SWT.Selection, e -> {
            if (new PersonDialog(context.shell(), context.caseId(), households, duplicates).open() == Window.OK) {
                reload();
                context.caseChanged();
            }
        });
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
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
        details = new PersonDetailsSection(context, households, this::reload);
        details.create(page);
        table.addListener(SWT.Selection, e -> choose());
        context.onChange(this::reload);
        reload();
        return page;
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
