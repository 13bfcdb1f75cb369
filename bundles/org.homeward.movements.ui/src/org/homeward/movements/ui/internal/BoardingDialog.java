package org.homeward.movements.ui.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.movements.model.Boarding;
import org.homeward.movements.model.BoardingOutcome;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.ui.DialogLabels;
import org.homeward.ui.ProblemLabel;
import org.homeward.ui.Rows;

/**
 * The day of departure: the passengers not yet confirmed in a list, ticked when boarded; an unticked
 * passenger is absent, with the reason typed below while that passenger is selected. A list, so that a
 * charter of 150 fits the screen.
 */
final class BoardingDialog extends Dialog {

    private final List<ManifestLine> pending;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, Boarding> outcomes = new LinkedHashMap<>();
    private CheckboxTableViewer viewer;
    private Rows<ManifestLine> rows;
    private Text reason;
    private Label problem;

    BoardingDialog(Shell parent, Manifest manifest) {
        super(parent);
        this.pending = manifest.lines().stream()
                .filter(l -> l.passenger().getOutcome() == BoardingOutcome.PENDING).toList();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Confirm_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(Messages.Confirm_hint);
        GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(hint);
        viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION);
        rows = new Rows<>(viewer, List.of(
                new Rows.Column<>(Messages.Column_case, 100, ManifestLine::caseNumber),
                new Rows.Column<>(Messages.Column_name, 200, ManifestLine::name),
                new Rows.Column<>(Messages.Confirm_reason, 200, this::reasonOf)));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 260).applyTo(viewer.getTable());
        rows.show(pending);
        viewer.setAllChecked(true);
        new Label(area, SWT.NONE).setText(Messages.Confirm_reason);
        reason = new Text(area, SWT.BORDER);
        reason.setEnabled(false);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
        problem = ProblemLabel.create(area, 2, 520, 2);
        viewer.addSelectionChangedListener(e -> showReason());
        viewer.addCheckStateListener(e -> showReason());
        reason.addListener(SWT.Modify, e -> keepReason());
        return area;
    }

    private String reasonOf(ManifestLine l) {
        return viewer.getChecked(l) ? "" : reasons.getOrDefault(l.passenger().getId(), "");
    }

    /** The reason field follows the selected passenger, open only when that passenger is absent. */
    private void showReason() {
        ManifestLine l = rows.selected();
        boolean absent = l != null && !viewer.getChecked(l);
        reason.setEnabled(absent);
        String text = absent ? reasons.getOrDefault(l.passenger().getId(), "") : "";
        if (!text.equals(reason.getText())) {
            reason.setText(text);
        }
        viewer.refresh();
    }

    private void keepReason() {
        ManifestLine l = rows.selected();
        if (l != null && !viewer.getChecked(l)) {
            reasons.put(l.passenger().getId(), reason.getText());
            viewer.update(l, null);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, DialogLabels.ok(), true);
        createButton(parent, IDialogConstants.CANCEL_ID, DialogLabels.cancel(), false);
    }

    @Override
    protected void okPressed() {
        outcomes.clear();
        for (ManifestLine l : pending) {
            long id = l.passenger().getId();
            if (viewer.getChecked(l)) {
                outcomes.put(id, Boarding.boarded());
            } else if (reasons.getOrDefault(id, "").isBlank()) {
                problem.setText(NLS.bind(Messages.Confirm_noReason, l.name()));
                problem.getParent().layout();
                rows.select(l);
                return;
            } else {
                outcomes.put(id, Boarding.noShow(reasons.get(id).strip()));
            }
        }
        super.okPressed();
    }

    Map<Long, Boarding> outcomes() {
        return outcomes;
    }
}
