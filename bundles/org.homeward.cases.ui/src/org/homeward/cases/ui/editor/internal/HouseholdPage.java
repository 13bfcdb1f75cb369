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
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
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
    private List<Person> shown = List.of();

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
        table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
        String[] headers = {Messages.Column_relationship, Messages.Column_familyName, Messages.Column_givenNames,
                Messages.Column_arabicName, Messages.Column_sex, Messages.Column_dateOfBirth,
                Messages.Column_nationality,
                Messages.Editor_minor};
        int[] widths = {140, 120, 120, 120, 70, 110, 110, 60};
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        details = new PersonDetailsSection(context, households, this::reload);
        details.create(page);
        table.addListener(SWT.Selection, e -> choose());
        reload();
        return page;
    }

    void reload() {
        EditorWork.load(Messages.Editor_job, table, () -> households.members(context.caseId()),
                this::show);
    }

    /** Shows the chosen person's details; unsaved details of the previous one are saved first. */
    private void choose() {
        int index = table.getSelectionIndex();
        Person chosen = index < 0 ? null : shown.get(index);
        Person current = details.person();
        if (current != null && chosen != null && current.getId().equals(chosen.getId())) {
            return;
        }
        if (details.isDirty()) {
            context.save();
            if (details.isDirty()) { // problems to correct first: stay on that person
                table.setSelection(indexOf(current.getId()));
                return;
            }
        }
        details.show(chosen);
    }

    private int indexOf(long personId) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).getId() == personId) {
                return i;
            }
        }
        return -1;
    }

    private void show(List<Person> members) {
        shown = members;
        table.removeAll();
        LocalDate today = LocalDate.now();
        for (Person p : members) { // a household: a handful of rows
            new TableItem(table, SWT.NONE).setText(new String[]{Labels.relationship(p.getRelationship()),
                    p.getFamilyName(), p.getGivenNames(), p.getArabicName() == null ? "" : p.getArabicName(),
                    Labels.sex(p.getSex()), Labels.dateOfBirth(p.getDateOfBirth()), Labels.country(p.getNationality()
                            .strip()),
                    p.isMinorOn(today) ? Messages.Editor_yes : Messages.Editor_no});
        }
        count.setText(NLS.bind(Messages.Editor_members, members.size()));
        // the person shown keeps being shown, as just read (its version too), unless being edited
        Person current = details.person();
        int index = current == null ? 0 : Math.max(0, indexOf(current.getId()));
        if (!members.isEmpty()) {
            table.setSelection(index);
            if (!details.isDirty()) {
                details.show(members.get(index));
            }
        }
        count.getParent().layout();
    }
}
