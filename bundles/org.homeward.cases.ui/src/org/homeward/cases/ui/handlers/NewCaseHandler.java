package org.homeward.cases.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.ui.dialogs.NewCaseDialog;

import jakarta.inject.Named;

/** File > New case: opens the registration form once the database is open. */
public class NewCaseHandler {

    @CanExecute
    boolean canExecute(@Optional @Service CaseService service) {
        return service != null;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service CaseService service) {
        new NewCaseDialog(shell, service).open();
    }
}
