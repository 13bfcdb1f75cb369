package org.homeward.traveldocs.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.homeward.ui.ProblemLabel;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.TravelDocumentType;
import org.homeward.traveldocs.model.service.TravelDocService;

/** Records the documents an embassy issued for the persons of a request: one number each, shared dates. */
final class IssuedDialog extends TitleAreaDialog {

    private final List<RequestMember> members;
    private final List<String> names;
    private final TravelDocService docs;
    private final List<Text> numbers = new ArrayList<>();
    private Choice<TravelDocumentType> type;
    private Text issuedOn;
    private Text expiresOn;
    private Label problems;

    IssuedDialog(Shell parent, List<RequestMember> members, List<String> names, TravelDocService docs) {
        super(parent);
        this.members = members;
        this.names = names;
        this.docs = docs;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Issued_shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Issued_title);
        setMessage(Messages.Issued_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Issued_type);
        type = new Choice<>(new Combo(form, SWT.READ_ONLY),
                List.of(TravelDocumentType.LAISSEZ_PASSER, TravelDocumentType.PASSPORT), Ui::documentType, null);
        type.select(TravelDocumentType.LAISSEZ_PASSER);
        issuedOn = text(form, Messages.Issued_issuedOn);
        issuedOn.setText(Ui.day(LocalDate.now()));
        expiresOn = text(form, Messages.Issued_expiresOn);
        expiresOn.setMessage(Messages.Editor_dateHint);
        for (String name : names) {
            numbers.add(text(form, NLS.bind(Messages.Issued_number, name)));
        }
        problems = ProblemLabel.create(form, 2, 420, 4);
        return area;
    }

    private static Text text(Composite form, String label) {
        new Label(form, SWT.NONE).setText(label);
        Text t = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(t);
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Issued_save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Issued_cancel, false);
    }

    @Override
    protected void okPressed() {
        Optional<LocalDate> issued = Ui.parse(issuedOn.getText());
        Optional<LocalDate> expires = Ui.parse(expiresOn.getText());
        if (issued.isEmpty() || expires.isEmpty() && !expiresOn.getText().isBlank()) {
            show(Messages.Page_badDate);
            return;
        }
        TravelDocumentType chosen = type.selected() == null ? TravelDocumentType.LAISSEZ_PASSER : type.selected();
        List<String> typed = numbers.stream().map(Text::getText).toList();
        for (int i = 0; i < typed.size(); i++) { // every number before any is saved: nothing half-way
            if (typed.get(i).isBlank() && members.get(i).getExpiresOn() == null) {
                show(NLS.bind(Messages.Issued_numberRequired, NLS.bind(Messages.Issued_number, names.get(i))));
                numbers.get(i).setFocus();
                return;
            }
        }
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Ui.run(getShell(), () -> {
            for (int i = 0; i < members.size(); i++) {
                RequestMember m = members.get(i);
                if (m.getExpiresOn() == null) { // recorded already: left as it is
                    docs.recordIssued(m.getId(), chosen, typed.get(i), issued.get(), expires.orElse(null));
                }
            }
            return Boolean.TRUE;
        }, ok -> {
            setReturnCode(OK);
            close();
        }, this::show);
    }

    private void show(String message) {
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        problems.setText(message);
        getShell().layout(true, true);
    }
}
