package org.homeward.cases.ui.editor.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.ui.Rows;
import org.homeward.cases.model.Interview;
import org.homeward.cases.model.Languages;
import org.homeward.cases.model.InterviewInput;
import org.homeward.cases.model.service.InterviewService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.internal.Days;
import org.homeward.cases.ui.internal.Messages;

/** The interviews page: the interviews held, and recording a new one. */
final class InterviewsPage {

    private final CaseEditorContext context;
    private final InterviewService interviews;
    private Table table;
    private Choice<Interview.Kind> kind;
    private Rows<Interview> held;
    private Text date;
    private Choice<String> language;
    private Text interpreter;
    private Text place;
    private Text reason;
    private Text destination;
    private Text contacts;
    private Text health;
    private Text notes;
    private Button save;
    private Label problems;

    InterviewsPage(CaseEditorContext context, InterviewService interviews) {
        this.context = context;
        this.interviews = interviews;
    }

    Composite create(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        held = new Rows<>(page, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Interview_kind, 120, i -> kindLabel(i.getKind())),
                new Rows.Column<>(Messages.Interview_date, 90, i -> Days.format(i.getHeldOn())),
                new Rows.Column<>(Messages.Interview_interviewer, 110, Interview::getInterviewer),
                new Rows.Column<>(Messages.Interview_language, 90,
                        i -> Languages.name(i.getLanguage(), Locale.getDefault())),
                new Rows.Column<>(Messages.Interview_reason, 200, Interview::getReasonForReturn),
                new Rows.Column<>(Messages.Interview_destination, 160, Interview::getDestination)));
        table = held.table();
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(300, 90).applyTo(table);
        new Label(page, SWT.NONE).setText(Messages.Interview_kind);
        kind = new Choice<>(new Combo(page, SWT.READ_ONLY), List.of(Interview.Kind.values()),
                InterviewsPage::kindLabel, null);
        kind.select(Interview.Kind.FIRST);
        date = field(page, Messages.Interview_date);
        date.setText(Days.format(LocalDate.now()));
        new Label(page, SWT.NONE).setText(Messages.Interview_language);
        language = new Choice<>(new Combo(page, SWT.READ_ONLY), Languages.CODES,
                code -> Languages.name(code, Locale.getDefault()), null);
        language.select("fr");
        interpreter = field(page, Messages.Interview_interpreter);
        place = field(page, Messages.Interview_place);
        reason = field(page, Messages.Interview_reason);
        destination = field(page, Messages.Interview_destination);
        contacts = field(page, Messages.Interview_contacts);
        health = field(page, Messages.Interview_health);
        notes = field(page, Messages.Interview_notes);
        save = new Button(page, SWT.PUSH);
        save.setText(Messages.Interview_save);
        save.addListener(SWT.Selection, e -> save());
        problems = new Label(page, SWT.WRAP);
        problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(problems);
        context.onChange(this::reload);
        reload();
        return page;
    }

    private static Text field(Composite page, String label) {
        new Label(page, SWT.NONE).setText(label);
        Text t = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        return t;
    }

    private void reload() {
        EditorWork.load(Messages.Editor_job, table, () -> interviews.ofCase(context.caseId()),
                this::show);
    }

    private static String kindLabel(Interview.Kind k) {
        return k == Interview.Kind.FIRST ? Messages.Interview_FIRST : Messages.Interview_SECOND;
    }

    private void show(List<Interview> list) {
        held.show(list); // two interviews per case, rarely more
    }

    private void save() {
        java.util.Optional<LocalDate> typed = Days.parse(date.getText());
        if (typed.isEmpty()) {
            problems.setText(Messages.Interview_badDate);
            problems.getParent().layout();
            return;
        }
        LocalDate heldOn = typed.get();
        InterviewInput input = new InterviewInput(kind.selected() == null ? Interview.Kind.FIRST : kind.selected(),
                heldOn, language.selected() == null ? "fr" : language.selected(),
                interpreter.getText(),
                place.getText(), reason.getText(), destination.getText(), contacts.getText(), health.getText(),
                notes.getText());
        long id = context.caseId();
        EditorWork.save(context, Messages.Interview_job, save, () -> interviews.record(id, input), shown -> {
            problems.setText(shown == null ? "" : shown);
            problems.getParent().layout();
            reload();
        });
    }
}
