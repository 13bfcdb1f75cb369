package org.homeward.movements.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.movements.model.MailServer;
import org.homeward.movements.model.service.MailServerSettings;
import org.homeward.ui.Background;
import org.homeward.ui.ProblemLabel;

/**
 * The mail server of the departure notifications: server, port, STARTTLS, sender, user and password.
 * The password field stays empty; typing one replaces the stored one, which the service keeps
 * encrypted. "Check the connection" logs in to the saved server without sending anything.
 */
final class MailServerDialog extends TitleAreaDialog {

    private static final int SAVE = IDialogConstants.CLIENT_ID + 1;
    private static final int VERIFY = IDialogConstants.CLIENT_ID + 2;

    private final MailServerSettings settings;
    private MailServer current;
    private Text host;
    private Text port;
    private Button startTls;
    private Text from;
    private Text user;
    private Text password;
    private Button forget;
    private Label told;

    MailServerDialog(Shell parent, MailServerSettings settings, MailServer current) {
        super(parent);
        this.settings = settings;
        this.current = current;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Mail_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Mail_title);
        setMessage(Messages.Mail_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        host = text(form, Messages.Mail_host, 280, SWT.NONE);
        port = text(form, Messages.Mail_port, 80, SWT.NONE);
        new Label(form, SWT.NONE);
        startTls = new Button(form, SWT.CHECK);
        startTls.setText(Messages.Mail_startTls);
        from = text(form, Messages.Mail_from, 280, SWT.NONE);
        user = text(form, Messages.Mail_user, 280, SWT.NONE);
        password = text(form, Messages.Mail_password, 280, SWT.PASSWORD);
        new Label(form, SWT.NONE);
        forget = new Button(form, SWT.CHECK);
        forget.setText(Messages.Mail_forget);
        told = ProblemLabel.create(form, 2, 440, 3);
        fill();
        return area;
    }

    private static Text text(Composite form, String label, int width, int style) {
        new Label(form, SWT.NONE).setText(label);
        Text t = new Text(form, SWT.BORDER | style);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(t);
        return t;
    }

    private void fill() {
        host.setText(current.host());
        port.setText(String.valueOf(current.port()));
        startTls.setSelection(current.startTls());
        from.setText(current.from());
        user.setText(current.user());
        password.setText("");
        password.setMessage(current.passwordStored() ? Messages.Mail_passwordKept : "");
        forget.setSelection(false);
        forget.setEnabled(current.passwordStored());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, SAVE, Messages.Mail_save, true);
        createButton(parent, VERIFY, Messages.Mail_verify, false);
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Mail_close, false);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            setReturnCode(OK);
            close();
        } else if (id == SAVE) {
            save();
        } else if (id == VERIFY) {
            say(Messages.Mail_verifying, SWT.COLOR_DARK_GRAY);
            Background.run(Messages.Mail_title, told, () -> {
                settings.verify();
                return current.host();
            }, h -> say(NLS.bind(Messages.Mail_verified, h), SWT.COLOR_DARK_GREEN),
                    failure -> say(failure.message(), SWT.COLOR_DARK_RED));
        }
    }

    private void save() {
        int number;
        try {
            number = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            say(Messages.Mail_badPort, SWT.COLOR_DARK_RED);
            return;
        }
        MailServer typed = new MailServer(host.getText(), number, startTls.getSelection(), from.getText(),
                user.getText(), false);
        char[] secret = forget.getSelection()
                ? new char[0]
                : password.getText().isEmpty() ? null : password.getText().toCharArray();
        Background.run(Messages.Mail_title, told, () -> settings.save(typed, secret), saved -> {
            current = saved;
            fill();
            say(Messages.Mail_saved, SWT.COLOR_DARK_GREEN);
        }, failure -> say(failure.message(), SWT.COLOR_DARK_RED));
    }

    private void say(String text, int colour) {
        told.setForeground(told.getDisplay().getSystemColor(colour));
        told.setText(text);
        told.getParent().layout();
    }
}
