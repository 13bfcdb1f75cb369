package org.homeward.reporting.ui.internal.imports;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.homeward.reporting.ui.internal.Messages;
import org.homeward.ui.DialogLabels;

/** The import wizard's dialog, its buttons in the workbench's language (JFace's own are English here). */
public final class ImportDialog extends WizardDialog {

    public ImportDialog(Shell parent, ImportWizard wizard) {
        super(parent, wizard);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        relabel(IDialogConstants.BACK_ID, Messages.Import_back);
        relabel(IDialogConstants.NEXT_ID, Messages.Import_next);
        relabel(IDialogConstants.FINISH_ID, Messages.Import_finish);
        relabel(IDialogConstants.CANCEL_ID, DialogLabels.cancel());
    }

    private void relabel(int id, String text) {
        Button b = getButton(id);
        if (b != null) {
            b.setText(text);
        }
    }
}
