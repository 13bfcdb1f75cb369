package org.homeward.movements.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;
import org.homeward.movements.model.service.MailServerSettings;
import org.homeward.ui.Background;

/** Window > Mail server: the server the departure notifications go out through. */
public class MailServerHandler {

    @org.eclipse.e4.core.di.annotations.CanExecute
    boolean canExecute(@Optional @Service org.homeward.common.security.CurrentUser user) {
        return user != null && user.can(org.homeward.common.security.Permission.EDIT_DIRECTORIES);
    }

    @Execute
    void execute(Shell shell, @Optional @Service MailServerSettings settings) {
        if (settings != null) {
            Background.read(Messages.Mail_title, shell, settings::current,
                    current -> new MailServerDialog(shell, settings, current).open());
        }
    }
}
