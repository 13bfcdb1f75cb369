package org.homeward.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * File > Quit: offers to save the parts with unsaved changes, then closes the workbench, which saves
 * the layout and closes the database. Cancelling the offer keeps the workbench open.
 */
public class QuitHandler {

    @Execute
    void execute(IWorkbench workbench, EPartService parts) {
        if (parts.saveAll(true)) {
            workbench.close();
        }
    }
}
