package org.homeward.cases.ui.editor.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Rows;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.StatusChange;
import org.homeward.cases.model.service.CaseMergeService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;

/**
 * The status page: where the case stands, the moves the workflow allows with what each still
 * lacks, a reason, and the case's moves so far. The service decides; this page only asks.
 */
final class WorkflowPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    /** What the page shows, read together in the background. */
    private record State(MigrantCase c, Map<CaseStatus, List<String>> options, List<StatusChange> history) {
    }

    private final CaseEditorContext context;
    private final CaseService cases;
    private final CaseWorkflowService workflow;
    private Label current;
    private Table moves;
    private Text reason;
    private Button apply;
    private Label problems;
    private Rows<StatusChange> history;
    private Rows<Option> options;
    private NextActionSection next;
    private long version;

    private final CaseMergeService merges;

    /** @param merges null when no merge service is installed (the button is not shown then) */
    WorkflowPage(CaseEditorContext context, CaseService cases, CaseWorkflowService workflow,
            CaseMergeService merges) {
        this.context = context;
        this.cases = cases;
        this.workflow = workflow;
        this.merges = merges;
    }

    Composite create(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        current = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(current);
        next = new NextActionSection(context, cases, this::reload);
        next.create(page);
        options = rows(page, 110, List.of(
                new Rows.Column<>(Messages.Workflow_to, 200, o -> Labels.status(o.target())),
                new Rows.Column<>(Messages.Workflow_possible, 80,
                        o -> o.missing().isEmpty() ? Messages.Editor_yes : Messages.Editor_no),
                new Rows.Column<Option>(Messages.Workflow_missing, 420, o -> String.join(" ", o.missing())
                        + (o.missing().isEmpty() && o.target().needsReason() ? Messages.Workflow_reasonNeeded : ""))))
                .keyedBy(Option::target);
        moves = options.table();
        new Label(page, SWT.NONE).setText(Messages.Workflow_reason);
        reason = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 50).applyTo(reason);
        apply = new Button(page, SWT.PUSH);
        apply.setText(Messages.Workflow_apply);
        apply.addListener(SWT.Selection, e -> move());
        problems = new Label(page, SWT.WRAP);
        problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(problems);
        if (merges != null) {
            merge = new Button(page, SWT.PUSH);
            merge.setText(Messages.Merge_open);
            merge.addListener(SWT.Selection, e -> {
                if (new MergeDialog(context.shell(), context.caseId(), context.expectedCaseVersion(version),
                        context.caseNumber(), cases, merges)
                        .open() == org.eclipse.jface.window.Window.OK) {
                    context.caseChanged(); // the pages, this one included, read the case again
                }
            });
            mergeRefused = new Label(page, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(mergeRefused);
        }
        history = rows(page, 120, List.of(
                new Rows.Column<>(Messages.Column_when, 130, h -> WHEN.withLocale(Locale.getDefault())
                        .format(h.getChangedAt())),
                new Rows.Column<>(Messages.Workflow_from, 170,
                        h -> h.getFromStatus() == null ? "" : Labels.status(h.getFromStatus())),
                new Rows.Column<>(Messages.Workflow_to, 170, h -> Labels.status(h.getToStatus())),
                new Rows.Column<>(Messages.Column_user, 110, StatusChange::getChangedBy),
                new Rows.Column<StatusChange>(Messages.Workflow_reason, 260, StatusChange::getReason)));
        context.onChange(this::reload);
        reload();
        return page;
    }

    /** A possible move and what it still lacks. */
    private record Option(CaseStatus target, List<String> missing) {
    }

    private static <T> Rows<T> rows(Composite page, int height, List<Rows.Column<T>> columns) {
        Rows<T> rows = new Rows<>(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE, columns);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(300, height).applyTo(rows.table());
        return rows;
    }

    /** Merging is closed, with the reason shown, to a user whose role may not merge. */
    private void allowForRole() {
        if (merge != null) {
            java.util.Optional<String> refused = merges.whyNotAllowed();
            merge.setEnabled(refused.isEmpty());
            mergeRefused.setText(refused.orElse(""));
        }
    }

    private Button merge;
    private Label mergeRefused;

    void reload() {
        allowForRole();
        long id = context.caseId();
        EditorWork.load(Messages.Editor_job, moves, () -> new State(cases.find(id).orElseThrow(),
                workflow.options(id), workflow.history(id)), this::show);
    }

    private void show(State s) {
        version = s.c().getVersion();
        next.show(s.c());
        current.setText(NLS.bind(Messages.Workflow_current, Labels.status(s.c().getStatus())));
        // a handful of possible moves; one case's moves so far: a few dozen at most
        options.show(s.options().entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList());
        history.show(s.history());
        current.getParent().layout(true, true);
    }

    private void move() {
        Option chosen = options.selected();
        if (chosen == null) {
            problems.setText(Messages.Workflow_chooseMove);
            problems.getParent().layout();
            return;
        }
        CaseStatus target = chosen.target();
        String why = reason.getText();
        long expected = context.expectedCaseVersion(version);
        long id = context.caseId();
        EditorWork.save(context, Messages.Workflow_job, apply,
                () -> workflow.transition(id, expected, target, why), this::done);
    }

    private void done(String problem) {
        problems.setText(problem == null ? "" : problem);
        if (problem == null) {
            reason.setText("");
            context.caseChanged(); // the pages, this one included, read the case again
        } else {
            reload();
        }
    }
}
