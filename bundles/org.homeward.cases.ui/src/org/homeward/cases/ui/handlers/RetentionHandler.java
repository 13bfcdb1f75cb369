package org.homeward.cases.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.homeward.cases.model.service.RetentionService;
import org.homeward.cases.ui.retention.RetentionDialog;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;

import jakarta.inject.Named;

/** File > Data retention (administrators): the cases due under the office's schedule, then their anonymisation. */
public class RetentionHandler {

    @CanExecute
    boolean canExecute(@Optional @Service RetentionService retention, @Optional @Service CurrentUser user) {
        return retention != null && user != null && user.can(Permission.PURGE);
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service RetentionService retention) {
        new RetentionDialog(shell, retention).open();
    }
}
