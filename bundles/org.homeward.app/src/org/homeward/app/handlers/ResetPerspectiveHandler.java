package org.homeward.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Window > Reset perspective: puts the parts of the active perspective back where they started. */
public class ResetPerspectiveHandler {

    @Execute
    void execute(MWindow window, EModelService models) {
        MPerspective perspective = models.getActivePerspective(window);
        if (perspective != null) {
            models.resetPerspectiveModel(perspective, window);
        }
    }
}
