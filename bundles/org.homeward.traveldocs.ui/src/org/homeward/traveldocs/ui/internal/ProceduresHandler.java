package org.homeward.traveldocs.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.service.ProcedureService;

/** Directories > Procedures by country: what each embassy asks for, how long it takes, how long it is valid. */
public class ProceduresHandler {

    @org.eclipse.e4.core.di.annotations.CanExecute
    boolean canExecute(@Optional @Service org.homeward.common.security.CurrentUser user) {
        return user != null && user.can(org.homeward.common.security.Permission.EDIT_DIRECTORIES);
    }

    @Execute
    void execute(Shell shell, @Optional @Service EmbassyService embassies,
            @Optional @Service ProcedureService procedures) {
        if (embassies != null && procedures != null) {
            Ui.read(shell, () -> embassies.embassies().stream().map(e -> e.getCountry()).distinct().sorted().toList(),
                    countries -> new ProcedureDialog(shell, procedures, countries).open());
        }
    }
}
