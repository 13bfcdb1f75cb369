package org.homeward.movements.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;
import org.homeward.movements.model.service.PlacesDirectory;
import org.homeward.ui.Background;

/** Directories > Airports and airlines. */
public class PlacesHandler {

    @org.eclipse.e4.core.di.annotations.CanExecute
    boolean canExecute(@Optional @Service org.homeward.common.security.CurrentUser user) {
        return user != null && user.can(org.homeward.common.security.Permission.EDIT_DIRECTORIES);
    }

    @Execute
    void execute(Shell shell, @Optional @Service PlacesDirectory places) {
        if (places != null) {
            Background.read(Messages.Places_title, shell, () -> PlacesDialog.Contents.read(places),
                    contents -> new PlacesDialog(shell, places, contents).open());
        }
    }
}
