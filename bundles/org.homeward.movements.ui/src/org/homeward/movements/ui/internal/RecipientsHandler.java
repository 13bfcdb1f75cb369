package org.homeward.movements.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;
import org.homeward.common.authorities.Authority;
import org.homeward.common.authorities.AuthorityDirectory;
import org.homeward.common.office.OfficeProfile;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotifyRecipient;
import org.homeward.movements.model.service.RecipientDirectory;
import org.homeward.ui.Background;

/** Directories > Missions and authorities (departures): who is told of each departure, at which address. */
public class RecipientsHandler {

    @org.eclipse.e4.core.di.annotations.CanExecute
    boolean canExecute(@Optional @Service org.homeward.common.security.CurrentUser user) {
        return user != null && user.can(org.homeward.common.security.Permission.EDIT_DIRECTORIES);
    }

    @Execute
    void execute(Shell shell, @Optional @Service RecipientDirectory directory,
            @Optional @Service List<AuthorityDirectory> authorities, @Optional @Service OfficeProfile office) {
        if (directory == null) {
            return;
        }
        String country = office == null ? "" : office.countryCode();
        List<NotifyRecipient> declared = new ArrayList<>();
        if (authorities != null) {
            for (AuthorityDirectory d : authorities) {
                for (Authority a : d.authorities()) {
                    declared.add(new NotifyRecipient(null, 0, NotificationKind.HOST_AUTHORITY, country, a.name(),
                            a.name(), null, a.department()));
                }
            }
        }
        Background.read(Messages.Recipients_title, shell, directory::all,
                saved -> new RecipientsDialog(shell, directory, saved, declared).open());
    }
}
