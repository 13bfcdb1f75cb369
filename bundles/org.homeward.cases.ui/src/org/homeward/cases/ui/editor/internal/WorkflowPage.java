package org.homeward.cases.ui.editor.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
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
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
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
    private Table history;
    private List<CaseStatus> targets = List.of();
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
        moves = table(page, new String[]{Messages.Workflow_to, Messages.Workflow_possible, Messages.Workflow_missing},
                new int[]{200, 80, 420}, 110);
        new Label(page, SWT.NONE).setText(Messages.Workflow_reason);
        reason = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 50).applyTo(reason);
        apply = new Button(page, SWT.PUSH);
        apply.setText(Messages.Workflow_apply);
        apply.addListener(SWT.Selection, e -> move());
        problems = new Label(page, SWT.WRAP);
        problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problems);
        if (merges != null) {
            Button merge = new Button(page, SWT.PUSH);
            merge.setText(Messages.Merge_open);
            merge.addListener(SWT.Selection, e -> {
                if (new MergeDialog(context.shell(), context.caseId(), context.caseNumber(), cases, merges)
                        .open() == org.eclipse.jface.window.Window.OK) {
                    context.caseChanged();
                    reload();
                }
            });
            new Label(page, SWT.NONE);
        }
        history = table(page, new String[]{Messages.Column_when, Messages.Workflow_from, Messages.Workflow_to,
                Messages.Column_user, Messages.Workflow_reason}, new int[]{130, 170, 170, 110, 260}, 120);
        reload();
        return page;
    }

    private static Table table(Composite page, String[] headers, int[] widths, int height) {
        Table t = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, height).applyTo(t);
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        return t;
    }

    void reload() {
        long id = context.caseId();
        EditorWork.load(Messages.Editor_job, moves, () -> new State(cases.find(id).orElseThrow(),
                workflow.options(id), workflow.history(id)), this::show);
    }

    private void show(State s) {
        version = s.c().getVersion();
        next.show(s.c());
        current.setText(NLS.bind(Messages.Workflow_current, Labels.status(s.c().getStatus())));
        moves.removeAll();
        targets = new ArrayList<>(s.options().keySet());
        for (CaseStatus target : targets) { // a handful of possible moves
            List<String> missing = s.options().get(target);
            String needs = target.needsReason() ? Messages.Workflow_reasonNeeded : "";
            new TableItem(moves, SWT.NONE).setText(new String[]{Labels.status(target),
                    missing.isEmpty() ? Messages.Editor_yes : Messages.Editor_no,
                    String.join(" ", missing) + (missing.isEmpty() ? needs : "")});
        }
        history.removeAll();
        for (StatusChange h : s.history()) { // one case's moves: a few dozen at most
            new TableItem(history, SWT.NONE).setText(new String[]{WHEN.withLocale(Locale.getDefault())
                    .format(h.getChangedAt()), h.getFromStatus() == null ? "" : Labels.status(h.getFromStatus()),
                    Labels.status(h.getToStatus()), h.getChangedBy(), h.getReason() == null ? "" : h.getReason()});
        }
        current.getParent().layout(true, true);
    }

    private void move() {
        int index = moves.getSelectionIndex();
        if (index < 0 || index >= targets.size()) {
            problems.setText(Messages.Workflow_chooseMove);
            problems.getParent().layout();
            return;
        }
        CaseStatus target = targets.get(index);
        String why = reason.getText();
        long expected = version;
        long id = context.caseId();
        EditorWork.save(Messages.Workflow_job, apply,
                () -> workflow.transition(id, expected, target, why), this::done);
    }

    private void done(String problem) {
        problems.setText(problem == null ? "" : problem);
        if (problem == null) {
            reason.setText("");
            context.caseChanged();
        }
        reload();
    }
}
