package org.homeward.cases.ui.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.homeward.cases.model.DuplicateCandidate;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;

/** Shows the persons already registered who may be the one being entered, and asks what to do. */
public class DuplicatePromptDialog extends Dialog {

    public static final int OPEN_EXISTING = IDialogConstants.CLIENT_ID + 1;
    public static final int NEW_PERSON = IDialogConstants.CLIENT_ID + 2;

    private final List<DuplicateCandidate> candidates;
    private Table table;
    private DuplicateCandidate chosen;

    public DuplicatePromptDialog(Shell parent, List<DuplicateCandidate> candidates) {
        super(parent);
        this.candidates = candidates;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Duplicates_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(Messages.Duplicates_intro, candidates.size()));
        GridDataFactory.fillDefaults().grab(true, false).hint(620, SWT.DEFAULT).applyTo(intro);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 160).applyTo(table);
        String[] headers = {Messages.Column_caseNumber, Messages.Column_familyName, Messages.Column_givenNames,
                Messages.Column_arabicName, Messages.Column_dateOfBirth, Messages.Column_nationality,
                Messages.Duplicates_likeness};
        int[] widths = {130, 110, 110, 110, 100, 100, 80};
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        for (DuplicateCandidate d : candidates) { // at most a few rows
            new TableItem(table, SWT.NONE).setText(new String[]{d.caseNumber(), d.familyName(), d.givenNames(),
                    d.arabicName() == null ? "" : d.arabicName(), Labels.dateOfBirth(d.dateOfBirth()),
                    Labels.country(d.nationality()), d.score() + " %"});
        }
        table.setSelection(0);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, OPEN_EXISTING, Messages.Duplicates_openExisting, false);
        createButton(parent, NEW_PERSON, Messages.Duplicates_newPerson, false);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Duplicates_back, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == OPEN_EXISTING || buttonId == NEW_PERSON) {
            int index = table.getSelectionIndex();
            chosen = candidates.get(Math.max(index, 0));
            setReturnCode(buttonId);
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** The existing person selected when the dialog closed. */
    public DuplicateCandidate chosen() {
        return chosen;
    }
}
