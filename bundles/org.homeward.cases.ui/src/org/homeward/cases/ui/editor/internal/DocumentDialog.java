package org.homeward.cases.ui.editor.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.homeward.ui.ProblemLabel;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.Nationalities;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.ui.Background;
import org.homeward.cases.ui.internal.Days;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;

/** Records an identity document a person holds. */
final class DocumentDialog extends TitleAreaDialog {

    private final long personId;
    private final HouseholdService households;
    private final List<String> countryCodes = Nationalities.sortedCodes(Locale.getDefault());
    private Choice<DocumentKind> kind;
    private Text number;
    private Combo country;
    private Text expiry;
    private Label problems;

    DocumentDialog(Shell parent, long personId, HouseholdService households) {
        super(parent);
        this.personId = personId;
        this.households = households;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Document_shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Document_title);
        setMessage(Messages.Document_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Document_kind);
        kind = new Choice<>(new Combo(form, SWT.READ_ONLY), List.of(DocumentKind.values()), Labels::documentKind,
                null);
        new Label(form, SWT.NONE).setText(Messages.Document_number);
        number = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(number);
        new Label(form, SWT.NONE).setText(Messages.Document_issuingCountry);
        country = new Combo(form, SWT.DROP_DOWN);
        country.setItems(countryCodes.stream().map(Labels::country).toArray(String[]::new));
        country.setVisibleItemCount(15);
        new Label(form, SWT.NONE).setText(Messages.Document_expiresOn);
        expiry = new Text(form, SWT.BORDER);
        expiry.setMessage(Messages.DateHint);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(expiry);
        problems = ProblemLabel.create(form, 2, 420, 4);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.NewCase_save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.NewCase_cancel, false);
    }

    @Override
    protected void okPressed() {
        Optional<LocalDate> expires = Days.parse(expiry.getText());
        if (expires.isEmpty() && !expiry.getText().isBlank()) {
            show(Messages.Document_badExpiry);
            return;
        }
        DocumentKind chosen = kind.selected();
        int c = country.indexOf(country.getText());
        String code = c >= 0
                ? countryCodes.get(c)
                : Nationalities.fromDisplayName(country.getText(), Locale.getDefault())
                        .orElse(country.getText().strip());
        String typed = number.getText();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Background.run(Messages.Details_job, problems,
                () -> households.addDocument(personId, chosen, typed, code, expires.orElse(null)), added -> {
                    setReturnCode(OK);
                    close();
                }, failure -> show(failure.message()));
    }

    private void show(String message) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        problems.setText(message);
        getShell().layout(true, true);
    }
}
