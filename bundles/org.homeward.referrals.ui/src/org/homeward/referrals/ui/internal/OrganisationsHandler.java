package org.homeward.referrals.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.ui.Background;

/** Directories > Partner organisations: the whole directory, to add or correct an organisation. */
public class OrganisationsHandler {

    @org.eclipse.e4.core.di.annotations.CanExecute
    boolean canExecute(@Optional @Service org.homeward.common.security.CurrentUser user) {
        return user != null && user.can(org.homeward.common.security.Permission.EDIT_DIRECTORIES);
    }

    @Execute
    void execute(Shell shell, @Optional @Service ReferralService referrals) {
        if (referrals != null) {
            Background.read(Messages.Organisation_job, shell, referrals::allOrganisations,
                    all -> new OrganisationDialog(shell, referrals, all).open());
        }
    }
}
