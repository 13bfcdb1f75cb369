package org.homeward.movements.ui.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
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

/** The day of departure: each passenger not yet confirmed, boarded or absent with a reason. */
final class BoardingDialog extends Dialog {

    private final List<ManifestLine> pending;
    private final Map<Long, Button> boarded = new LinkedHashMap<>();
    private final Map<Long, Text> reasons = new HashMap<>();
    private final Map<Long, Boarding> outcomes = new LinkedHashMap<>();

    BoardingDialog(Shell parent, Manifest manifest) {
        super(parent);
        this.pending = manifest.lines().stream()
                .filter(l -> l.passenger().getOutcome() == BoardingOutcome.PENDING).toList();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Confirm_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        for (ManifestLine l : pending) {
            new Label(area, SWT.NONE).setText(l.caseNumber() + "  " + l.name());
            Button box = new Button(area, SWT.CHECK);
            box.setText(Messages.Outcome_BOARDED);
            box.setSelection(true);
            Text reason = new Text(area, SWT.BORDER);
            reason.setMessage(Messages.Confirm_reason);
            reason.setEnabled(false);
            GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(reason);
            box.addListener(SWT.Selection, e -> reason.setEnabled(!box.getSelection()));
            boarded.put(l.passenger().getId(), box);
            reasons.put(l.passenger().getId(), reason);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, DialogLabels.ok(), true);
        createButton(parent, IDialogConstants.CANCEL_ID, DialogLabels.cancel(), false);
    }

    @Override
    protected void okPressed() {
        boarded.forEach((id, box) -> outcomes.put(id,
                box.getSelection() ? Boarding.boarded() : Boarding.noShow(reasons.get(id).getText())));
        super.okPressed();
    }

    Map<Long, Boarding> outcomes() {
        return outcomes;
    }
}
