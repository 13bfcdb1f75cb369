package org.homeward.country.ma.ui.parts;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Directories > Moroccan authorities: shows the list of authorities to inform of each departure. */
public class AuthoritiesHandler {

    static final String PART = "org.homeward.country.ma.part.authorities";

    @Execute
    void execute(EPartService parts) {
        parts.showPart(PART, PartState.ACTIVATE);
    }
}
