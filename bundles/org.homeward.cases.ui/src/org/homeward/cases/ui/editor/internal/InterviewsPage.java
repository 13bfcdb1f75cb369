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
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.homeward.cases.model.Interview;
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
    private Combo kind;
    private Text date;
    private Text language;
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
        table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 90).applyTo(table);
        String[] headers = {Messages.Interview_kind, Messages.Interview_date, Messages.Interview_interviewer,
                Messages.Interview_language, Messages.Interview_reason, Messages.Interview_destination};
        int[] widths = {120, 90, 110, 70, 200, 160};
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        new Label(page, SWT.NONE).setText(Messages.Interview_kind);
        kind = new Combo(page, SWT.READ_ONLY);
        kind.setItems(Messages.Interview_FIRST, Messages.Interview_SECOND);
        kind.select(0);
        date = field(page, Messages.Interview_date);
        date.setText(Days.format(LocalDate.now()));
        language = field(page, Messages.Interview_language);
        language.setText("fr");
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
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problems);
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

    private void show(List<Interview> list) {
        table.removeAll();
        for (Interview i : list) { // two interviews per case, rarely more
            new TableItem(table, SWT.NONE).setText(new String[]{
                    i.getKind() == Interview.Kind.FIRST ? Messages.Interview_FIRST : Messages.Interview_SECOND,
                    Days.format(i.getHeldOn()), i.getInterviewer(), i.getLanguage(),
                    i.getReasonForReturn() == null ? "" : i.getReasonForReturn(),
                    i.getDestination() == null ? "" : i.getDestination()});
        }
    }

    private void save() {
        java.util.Optional<LocalDate> typed = Days.parse(date.getText());
        if (typed.isEmpty()) {
            problems.setText(Messages.Interview_badDate);
            problems.getParent().layout();
            return;
        }
        LocalDate held = typed.get();
        InterviewInput input = new InterviewInput(kind.getSelectionIndex() == 1
                ? Interview.Kind.SECOND
                : Interview.Kind.FIRST, held, language.getText().strip().toLowerCase(Locale.ROOT),
                interpreter.getText(),
                place.getText(), reason.getText(), destination.getText(), contacts.getText(), health.getText(),
                notes.getText());
        long id = context.caseId();
        EditorWork.save(Messages.Interview_job, save, () -> interviews.record(id, input), shown -> {
            problems.setText(shown == null ? "" : shown);
            problems.getParent().layout();
            reload();
        });
    }
}
