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
 * Shown over a locked workbench, whose windows are hidden meanwhile: only the signed-in user's password
 * closes it. It cannot be closed any other way, so the work behind it stays as it was.
 */
final class LockDialog extends Centred {

    private final AccountService accounts;
    private final long idleMinutes;
    private final boolean asked;
    private Text password;
    private boolean working;

    /** @param asked locked on the user's request, not after the idle time */
    LockDialog(Shell parent, AccountService accounts, long idleMinutes, boolean asked) {
        super(parent);
        this.accounts = accounts;
        this.idleMinutes = idleMinutes;
        this.asked = asked;
        setShellStyle(SWT.TITLE | SWT.APPLICATION_MODAL | SWT.ON_TOP);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Lock_shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Lock_shellTitle);
        String user = accounts.current().map(a -> a.fullName().equals(a.userName())
                ? a.userName()
                : a.fullName() + " (" + a.userName() + ")").orElse("");
        setMessage(asked
                ? NLS.bind(Messages.Lock_messageAsked, user)
                : NLS.bind(Messages.Lock_message, idleMinutes,
                        user));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.SignIn_password);
        password = new Text(form, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(password);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Lock_unlock, true);
    }

    @Override
    protected void okPressed() {
        if (working) {
            return;
        }
        working = true;
        char[] secret = password.getText().toCharArray();
        password.setText("");
        Background.run(Messages.Lock_unlock, getShell(), () -> {
            try {
                return Accounts.unchecked(() -> {
                    accounts.confirm(secret);
                    return Boolean.TRUE;
                });
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, ok -> super.okPressed(), failure -> {
            working = false;
            setErrorMessage(failure.message());
            password.setFocus();
        });
    }

    @Override
    protected void cancelPressed() {
        // Escape does not unlock
    }

    @Override
    protected void handleShellCloseEvent() {
        // nor does the window's close box
    }
}
