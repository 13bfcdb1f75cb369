package org.homeward.cases.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.DuplicateService;
import org.homeward.cases.ui.dialogs.NewCaseDialog;
import org.homeward.cases.ui.editor.CaseEditors;

import jakarta.inject.Named;

/**
 * File > New case: opens the registration form once the database is open, then the editor of the
 * case registered (or of the existing case the user recognised), to go on with the household.
 */
public class NewCaseHandler {

    @CanExecute
    boolean canExecute(@Optional @Service CaseService service) {
        return service != null;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service CaseService service,
            @Optional @Service DuplicateService duplicates, EPartService parts, EModelService models,
            MApplication app) {
        NewCaseDialog dialog = new NewCaseDialog(shell, service, duplicates);
        if (dialog.open() != Window.OK) {
            return;
        }
        if (dialog.saved() != null) {
            CaseEditors.open(parts, models, app, dialog.saved().getId(), dialog.saved().getCaseNumber());
        } else if (dialog.existing() != null) {
            CaseEditors.open(parts, models, app, dialog.existing().caseId(), dialog.existing().caseNumber());
        }
    }
}
