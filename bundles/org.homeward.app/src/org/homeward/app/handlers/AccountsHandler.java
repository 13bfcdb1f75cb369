package org.homeward.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.homeward.app.internal.AccountsDialog;
import org.homeward.common.security.AccountService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;

import jakarta.inject.Named;

/** Window > User accounts: administrators only. */
public class AccountsHandler {

    @CanExecute
    boolean canExecute(@Optional @Service AccountService accounts, @Optional @Service CurrentUser user) {
        return accounts != null && user != null && user.can(Permission.ADMINISTER_USERS);
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service AccountService accounts) {
        new AccountsDialog(shell, accounts).open();
    }
}
