package org.homeward.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.homeward.app.internal.PasswordDialog;
import org.homeward.common.security.AccountService;

import jakarta.inject.Named;

/** Window > My password: whoever is signed in. */
public class PasswordHandler {

    @CanExecute
    boolean canExecute(@Optional @Service AccountService accounts) {
        return accounts != null && accounts.current().isPresent();
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service AccountService accounts) {
        new PasswordDialog(shell, accounts).open();
    }
}
