package org.homeward.app.internal;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.common.security.AccountService;
import org.homeward.ui.Background;

/**
 * The dialog before the workbench: on a new installation it creates the administrator (whose password
 * creates the database key), afterwards it signs a user in. Nothing personal is read before it closes with
 * OK. The password fields are cleared after each attempt.
 */
final class SignInDialog extends Centred {

    private final SignIn signIn;
    private final boolean first;
    private Text userName;
    private Text password;
    private Text confirm;
    private boolean working;

    SignInDialog(Shell parent, SignIn signIn, boolean first) {
        super(parent);
        this.signIn = signIn;
        this.first = first;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.SignIn_shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(first ? Messages.SignIn_firstTitle : Messages.SignIn_title);
        setMessage(first ? Messages.SignIn_firstMessage : Messages.SignIn_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        userName = FormFields.text(form, Messages.SignIn_userName, SWT.BORDER);
        userName.setTextLimit(64);
        password = FormFields.text(form, Messages.SignIn_password, SWT.BORDER | SWT.PASSWORD);
        if (first) {
            confirm = FormFields.text(form, Messages.SignIn_confirm, SWT.BORDER | SWT.PASSWORD);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, first ? Messages.SignIn_create : Messages.SignIn_button, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.SignIn_quit, false);
    }

    @Override
    protected void okPressed() {
        if (working) {
            return;
        }
        String user = userName.getText().strip();
        char[] secret = password.getText().toCharArray();
        String problem = problem(user, secret);
        if (problem != null) {
            setErrorMessage(problem);
            return;
        }
        working = true;
        setErrorMessage(null);
        setMessage(Messages.SignIn_opening);
        enable(false);
        Background.run(Messages.SignIn_opening, getShell(), () -> {
            try {
                return Accounts.unchecked(() -> signIn.run(first, user, secret));
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, account -> super.okPressed(), failure -> {
            working = false;
            enable(true);
            password.setText("");
            if (confirm != null) {
                confirm.setText("");
            }
            setMessage(first ? Messages.SignIn_firstMessage : Messages.SignIn_message);
            setErrorMessage(failure.message());
            password.setFocus();
        });
    }

    private String problem(String user, char[] secret) {
        if (user.isEmpty()) {
            return Messages.SignIn_userNameRequired;
        }
        if (first && secret.length < AccountService.MINIMUM_PASSWORD_LENGTH) {
            return NLS.bind(Messages.SignIn_passwordShort, AccountService.MINIMUM_PASSWORD_LENGTH);
        }
        if (first && !Arrays.equals(secret, confirm.getText().toCharArray())) {
            return Messages.SignIn_mismatch;
        }
        return null;
    }

    private void enable(boolean enabled) {
        userName.setEnabled(enabled);
        password.setEnabled(enabled);
        if (confirm != null) {
            confirm.setEnabled(enabled);
        }
        getButton(IDialogConstants.OK_ID).setEnabled(enabled);
    }

    @Override
    protected void cancelPressed() {
        if (!working) {
            super.cancelPressed();
        }
    }
}
