package org.homeward.cases.ui.editor.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NextAction;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.editor.EditorForm;
import org.homeward.cases.ui.internal.Days;
import org.homeward.cases.ui.internal.Messages;

/** The case's next action, its due date and who is to do it: what "My follow-ups" lists when due. */
final class NextActionSection implements EditorForm {

    private final CaseEditorContext context;
    private final CaseService cases;
    private Text what;
    private Text due;
    private Text by;
    private Label problems;
    private long version = -1;
    private boolean dirty;
    private boolean filling;
    private boolean clearing;

    private final Runnable reload;

    /** @param reload reads the case again, which shows the saved action */
    NextActionSection(CaseEditorContext context, CaseService cases, Runnable reload) {
        this.context = context;
        this.cases = cases;
        this.reload = reload;
    }

    void create(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Next_group);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
        what = text(group, Messages.Next_what, 260);
        due = text(group, Messages.Next_due, 90);
        due.setMessage(Messages.DateHint);
        by = text(group, Messages.Next_by, 110);
        by.setMessage(Messages.Next_byHint);
        Composite buttons = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        Button save = new Button(buttons, SWT.PUSH);
        save.setText(Messages.Next_save);
        save.addListener(SWT.Selection, e -> {
            dirty = true;
            context.save();
        });
        Button clear = new Button(buttons, SWT.PUSH);
        clear.setText(Messages.Next_clear);
        clear.addListener(SWT.Selection, e -> {
            clearing = true;
            dirty = true;
            context.save();
        });
        problems = new Label(group, SWT.WRAP);
        problems.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(problems);
        context.register(this);
    }

    private Text text(Composite group, String label, int width) {
        new Label(group, SWT.NONE).setText(label);
        Text t = new Text(group, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(width > 200, false).hint(width > 200 ? 200 : width, SWT.DEFAULT).applyTo(t);
        t.addListener(SWT.Modify, e -> {
            if (!filling && version >= 0) {
                dirty = true;
                context.formChanged();
            }
        });
        return t;
    }

    /** Shows the case's next action as saved, unless the user is editing it. */
    void show(MigrantCase c) {
        if (dirty) {
            return; // keep the edits and the version they were made on: a change meanwhile is a conflict
        }
        version = c.getVersion();
        NextAction next = c.getNextAction();
        filling = true;
        what.setText(next == null ? "" : next.what());
        due.setText(next == null ? "" : Days.format(next.due()));
        by.setText(next == null || next.by() == null ? "" : next.by());
        filling = false;
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public Saving prepare() {
        long id = context.caseId();
        long expected = context.expectedCaseVersion(version);
        if (clearing) {
            return () -> cases.setNextAction(id, expected, null);
        }
        Optional<LocalDate> day = Days.parse(due.getText());
        if (day.isEmpty() && !due.getText().isBlank()) {
            problems.setText(Messages.Next_badDue);
            problems.getParent().layout();
            return null;
        }
        NextAction next = new NextAction(what.getText(), day.orElse(null), by.getText());
        return () -> cases.setNextAction(id, expected, next);
    }

    @Override
    public void saved(String problem) {
        clearing = false;
        problems.setText(problem == null ? "" : problem);
        problems.getParent().layout();
        if (problem == null) {
            dirty = false;
            reload.run();
        }
    }
}
