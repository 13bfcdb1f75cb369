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
import org.homeward.ui.Rows;
import org.homeward.cases.model.DuplicateCandidate;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;

/** Shows the persons already registered who may be the one being entered, and asks what to do. */
public class DuplicatePromptDialog extends Dialog {

    public static final int OPEN_EXISTING = IDialogConstants.CLIENT_ID + 1;
    public static final int NEW_PERSON = IDialogConstants.CLIENT_ID + 2;

    private final List<DuplicateCandidate> candidates;
    private Rows<DuplicateCandidate> table;
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
        table = new Rows<>(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE, List.of(
                new Rows.Column<>(Messages.Column_caseNumber, 130, DuplicateCandidate::caseNumber),
                new Rows.Column<>(Messages.Column_familyName, 110, DuplicateCandidate::familyName),
                new Rows.Column<>(Messages.Column_givenNames, 110, DuplicateCandidate::givenNames),
                new Rows.Column<>(Messages.Column_arabicName, 110, DuplicateCandidate::arabicName),
                new Rows.Column<>(Messages.Column_dateOfBirth, 100, d -> Labels.dateOfBirth(d.dateOfBirth())),
                new Rows.Column<>(Messages.Column_nationality, 100, d -> Labels.country(d.nationality())),
                new Rows.Column<DuplicateCandidate>(Messages.Duplicates_likeness, 80, d -> d.score() + " %")));
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 160).applyTo(table.table());
        table.show(candidates); // at most a few rows
        table.select(candidates.isEmpty() ? null : candidates.get(0));
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
            chosen = table.selected() == null ? candidates.get(0) : table.selected();
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
