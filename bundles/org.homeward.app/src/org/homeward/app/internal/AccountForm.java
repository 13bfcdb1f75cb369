package org.homeward.app.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.common.security.Role;
import org.homeward.common.validation.FieldProblem;
import org.homeward.ui.Background;
import org.homeward.ui.Choice;
import org.homeward.ui.DialogLabels;

/**
 * One form for an administrator's account changes: a new account (every field), a role, or a new
 * password. The change runs in the background; refused fields are named in the message.
 */
final class AccountForm extends TitleAreaDialog {

    enum Kind {
        NEW, ROLE, PASSWORD
    }

    /** What the form saves, given what was typed. */
    @FunctionalInterface
    interface Save {

        Object run(Values values) throws Exception;
    }

    record Values(String userName, String fullName, Role role, char[] password) {
    }

    private final Kind kind;
    private final String title;
    private final Role role;
    private final Save save;
    private Text userName;
    private Text fullName;
    private Choice<Role> roles;
    private Text password;
    private Text confirm;

    AccountForm(Shell parent, Kind kind, String title, Role role, Save save) {
        super(parent);
        this.kind = kind;
        this.title = title;
        this.role = role;
        this.save = save;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(title);
        if (kind != Kind.ROLE) {
            setMessage(Messages.Account_newMessage);
        }
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        if (kind == Kind.NEW) {
            userName = FormFields.text(form, Messages.Accounts_userName, SWT.BORDER);
            userName.setTextLimit(64);
            fullName = FormFields.text(form, Messages.Accounts_fullName, SWT.BORDER);
            fullName.setTextLimit(200);
        }
        if (kind != Kind.PASSWORD) {
            new Label(form, SWT.NONE).setText(Messages.Accounts_role);
            roles = new Choice<>(new Combo(form, SWT.READ_ONLY), List.of(Role.values()), Roles::label, null);
            roles.select(role);
        }
        if (kind != Kind.ROLE) {
            password = FormFields.text(form, Messages.SignIn_password, SWT.BORDER | SWT.PASSWORD);
            confirm = FormFields.text(form, Messages.SignIn_confirm, SWT.BORDER | SWT.PASSWORD);
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
        char[] secret = password == null ? null : password.getText().toCharArray();
        if (confirm != null && !Arrays.equals(secret, confirm.getText().toCharArray())) {
            setErrorMessage(Messages.SignIn_mismatch);
            return;
        }
        Values values = new Values(userName == null ? null : userName.getText(),
                fullName == null ? null : fullName.getText(), roles == null ? null : roles.selected(), secret);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Background.run(title, getShell(), () -> Accounts.unchecked(() -> save.run(values)),
                saved -> super.okPressed(), failure -> {
                    getButton(IDialogConstants.OK_ID).setEnabled(true);
                    setErrorMessage(failure.message());
                    focus(failure.problems());
                });
    }

    private void focus(List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            Text field = switch (p.field()) {
                case "userName" -> userName;
                case "fullName" -> fullName;
                case "password", "newPassword" -> password;
                default -> null;
            };
            if (field != null && !field.isDisposed()) {
                field.setFocus();
                return;
            }
        }
    }
}
