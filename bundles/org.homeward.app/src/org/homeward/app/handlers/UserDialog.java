package org.homeward.app.handlers;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
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
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.app.internal.Messages;
import org.homeward.common.security.Role;
import org.homeward.common.security.UserPreferences;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/** Sets the user's name and role in the preferences (until real authentication arrives). */
final class UserDialog extends TitleAreaDialog {

    private final Preferences node = InstanceScope.INSTANCE.getNode(UserPreferences.NODE);
    private Text name;
    private Choice<Role> role;

    UserDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.User_shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.User_title);
        setMessage(Messages.User_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.User_name);
        name = new Text(form, SWT.BORDER);
        name.setTextLimit(64);
        name.setText(node.get(UserPreferences.USER, System.getProperty("user.name", "")));
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(name);
        new Label(form, SWT.NONE).setText(Messages.User_role);
        role = new Choice<>(new Combo(form, SWT.READ_ONLY), List.of(Role.values()), UserDialog::label, null);
        String saved = node.get(UserPreferences.ROLE, Role.OPERATIONS_ASSISTANT.name());
        role.select(Arrays.stream(Role.values()).filter(r -> r.name().equals(saved)).findFirst()
                .orElse(Role.OPERATIONS_ASSISTANT));
        if (System.getProperty("homeward.user") != null || System.getProperty("homeward.role") != null) {
            Label note = new Label(form, SWT.WRAP);
            note.setText(Messages.User_overridden);
            GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(note);
        }
        return area;
    }

    static String label(Role r) {
        return switch (r) {
            case OPERATIONS_ASSISTANT -> Messages.Role_OPERATIONS_ASSISTANT;
            case OPERATIONS_OFFICER -> Messages.Role_OPERATIONS_OFFICER;
            case PROGRAMME_OFFICER -> Messages.Role_PROGRAMME_OFFICER;
            case ADMINISTRATOR -> Messages.Role_ADMINISTRATOR;
        };
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, org.homeward.ui.DialogLabels.ok(), true);
        createButton(parent, IDialogConstants.CANCEL_ID, org.homeward.ui.DialogLabels.cancel(), false);
    }

    @Override
    protected void okPressed() {
        if (name.getText().isBlank()) {
            setErrorMessage(Messages.User_nameRequired);
            name.setFocus();
            return;
        }
        node.put(UserPreferences.USER, name.getText().strip());
        node.put(UserPreferences.ROLE, (role.selected() == null ? Role.OPERATIONS_ASSISTANT : role.selected()).name());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(UserDialog.class).error(e.getMessage(), e);
            setErrorMessage(NLS.bind(Messages.User_saveFailed, e.getMessage()));
            return;
        }
        super.okPressed();
    }
}
