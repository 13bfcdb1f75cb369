package org.homeward.traveldocs.ui.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.traveldocs.model.Embassy;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.service.TravelDocService;

/** Directories > Embassies and consulates: the directory of representations, their contacts and exchanges. */
public class EmbassiesHandler {

    private record Directory(java.util.List<Embassy> all, Map<Long, String> references) {
    }

    @org.eclipse.e4.core.di.annotations.CanExecute
    boolean canExecute(@Optional @Service org.homeward.common.security.CurrentUser user) {
        return user != null && user.can(org.homeward.common.security.Permission.EDIT_DIRECTORIES);
    }

    @Execute
    void execute(Shell shell, @Optional @Service EmbassyService embassies, @Optional @Service AttachmentService files,
            @Optional @Service TravelDocService docs) {
        if (embassies == null || files == null || docs == null) {
            return;
        }
        Ui.read(shell, () -> new Directory(embassies.embassies(), docs.requests(LocalDate.now()).stream()
                .collect(Collectors.toMap(r -> r.request().getId(), r -> r.request().getOurReference()))),
                d -> new DirectoryDialog(shell, embassies, files, d.all(), d.references()).open());
    }
}
