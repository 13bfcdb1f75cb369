package org.homeward.cases.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.AuditService.AuditVerification;
import org.homeward.cases.ui.internal.Messages;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import org.homeward.ui.Background;

import jakarta.inject.Named;

/**
 * File > Verify the audit trail (administrators): walks the trail's hash chain off the UI thread, with
 * its progress and a Cancel button, then says whether it holds or where it first breaks.
 */
public class VerifyAuditHandler {

    @CanExecute
    boolean canExecute(@Optional @Service AuditService audit, @Optional @Service CurrentUser user) {
        return audit != null && user != null && user.can(Permission.VERIFY_AUDIT);
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service AuditService audit) {
        Background.Ended<AuditVerification> ended = Background.withProgress(shell, Messages.Audit_verifying,
                monitor -> audit.verify(n -> monitor.subTask(NLS.bind(Messages.Audit_checking, n)),
                        monitor::isCanceled));
        if (ended.failure() != null) {
            MessageDialog.openError(shell, Messages.Audit_title, ended.failure().message());
        } else if (!ended.cancelled()) {
            show(shell, ended.value());
        }
    }

    private static void show(Shell shell, AuditVerification v) {
        if (v.intact()) {
            MessageDialog.openInformation(shell, Messages.Audit_title, NLS.bind(Messages.Audit_intact, v.checked(),
                    v.unchained()));
        } else if (v.firstBrokenId() != null) {
            MessageDialog.openError(shell, Messages.Audit_title, NLS.bind(Messages.Audit_brokenAt, new Object[]{
                    v.firstBrokenId(), v.problem(), v.checked()}));
        } else {
            MessageDialog.openError(shell, Messages.Audit_title, NLS.bind(Messages.Audit_broken, v.problem(),
                    v.checked()));
        }
    }
}
