package org.homeward.referrals.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.referrals.model.Organisation;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.homeward.common.validation.FieldProblem;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.ui.Background;

/** Adds a partner organisation to the directory. */
final class OrganisationDialog extends TitleAreaDialog {

    private final ReferralService referrals;
    private final Map<String, Control> fields = new HashMap<>();
    private Text name;
    private Text city;
    private Text services;
    private Text contacts;
    private Label problems;
    /** The directory to choose from when editing; null when adding. */
    private final List<Organisation> directory;
    private Combo chooser;
    private Button active;

    OrganisationDialog(Shell parent, ReferralService referrals) {
        this(parent, referrals, null);
    }

    /** @param directory the organisations to choose from for editing; null to add one */
    OrganisationDialog(Shell parent, ReferralService referrals, List<Organisation> directory) {
        super(parent);
        this.referrals = referrals;
        this.directory = directory;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(directory == null ? Messages.Organisation_shellTitle : Messages.Organisation_editShellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Organisation_title);
        setMessage(Messages.Organisation_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        if (directory != null) {
            new Label(form, SWT.NONE).setText(Messages.Organisation_choose);
            chooser = new Combo(form, SWT.READ_ONLY);
            directory.forEach(o -> chooser.add(o.isActive()
                    ? o.getName()
                    : NLS.bind(Messages.Organisation_inactive, o.getName())));
            chooser.addListener(SWT.Selection, e -> fill(directory.get(chooser.getSelectionIndex())));
        }
        name = text(form, Messages.Organisation_name, "name");
        city = text(form, Messages.Organisation_city, "city");
        services = text(form, Messages.Organisation_services, "services");
        contacts = text(form, Messages.Organisation_contacts, "contacts");
        if (directory != null) {
            new Label(form, SWT.NONE);
            active = new Button(form, SWT.CHECK);
            active.setText(Messages.Organisation_active);
        }
        problems = new Label(form, SWT.WRAP);
        problems.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(problems);
        return area;
    }

    private void fill(Organisation o) {
        name.setText(o.getName());
        city.setText(o.getCity());
        services.setText(o.getServices() == null ? "" : o.getServices());
        contacts.setText(o.getContacts() == null ? "" : o.getContacts());
        active.setSelection(o.isActive());
    }

    private Text text(Composite form, String label, String field) {
        new Label(form, SWT.NONE).setText(label);
        Text t = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(t);
        fields.put(field, t);
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID,
                directory == null ? Messages.Organisation_save : Messages.Organisation_update, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Refer_cancel, false);
    }

    @Override
    protected void okPressed() {
        String n = name.getText();
        String c = city.getText();
        String s = services.getText();
        String k = contacts.getText();
        Organisation edited = null;
        if (directory != null) {
            if (chooser.getSelectionIndex() < 0) {
                show(List.of(new FieldProblem("chooser", Messages.Organisation_chooseFirst)));
                return;
            }
            edited = directory.get(chooser.getSelectionIndex());
        }
        Organisation target = edited;
        boolean isActive = active != null && active.getSelection();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Background.run(Messages.Organisation_job, problems, () -> target == null
                ? referrals.addOrganisation(n, c, s, k)
                : referrals.updateOrganisation(target.getId(), target.getVersion(), n, c, s, k, isActive), saved -> {
                    setReturnCode(OK);
                    close();
                }, failure -> show(failure.problems().isEmpty()
                        ? List.of(new FieldProblem("name", failure.message()))
                        : failure.problems()));
    }

    private void show(List<FieldProblem> found) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        setErrorMessage(NLS.bind(Messages.Refer_problems, found.size()));
        problems.setText(found.stream().map(FieldProblem::message).collect(Collectors.joining("\n")));
        found.stream().map(p -> fields.get(p.field())).filter(x -> x != null).findFirst().ifPresent(Control::setFocus);
        problems.getParent().layout(true, true);
    }
}
