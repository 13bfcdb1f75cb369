package org.homeward.app.internal;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.common.security.AccountService;
import org.homeward.ui.Background;
import org.homeward.ui.DialogLabels;

/** Window > My password: the signed-in user changes their own password (their key slot is rewrapped). */
public final class PasswordDialog extends TitleAreaDialog {

    private final AccountService accounts;
    private Text old;
    private Text fresh;
    private Text confirm;

    public PasswordDialog(Shell parent, AccountService accounts) {
        super(parent);
        this.accounts = accounts;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Password_shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Password_title);
        setMessage(Messages.Password_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        old = FormFields.text(form, Messages.Password_old, SWT.BORDER | SWT.PASSWORD);
        fresh = FormFields.text(form, Messages.Password_new, SWT.BORDER | SWT.PASSWORD);
        confirm = FormFields.text(form, Messages.SignIn_confirm, SWT.BORDER | SWT.PASSWORD);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, DialogLabels.ok(), true);
        createButton(parent, IDialogConstants.CANCEL_ID, DialogLabels.cancel(), false);
    }

    @Override
    protected void okPressed() {
        char[] before = old.getText().toCharArray();
        char[] after = fresh.getText().toCharArray();
        if (!Arrays.equals(after, confirm.getText().toCharArray())) {
            setErrorMessage(Messages.SignIn_mismatch);
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Background.run(Messages.Password_title, getShell(), () -> Accounts.unchecked(() -> {
            accounts.changePassword(before, after);
            return Boolean.TRUE;
        }), done -> super.okPressed(), failure -> {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            setErrorMessage(failure.message());
        });
    }
}
