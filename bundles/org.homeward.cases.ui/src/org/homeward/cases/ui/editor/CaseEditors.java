package org.homeward.cases.ui.editor;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens the editor of a case, or brings it to the front when it is open already. */
public final class CaseEditors {

    /** The part descriptor of case editors. */
    public static final String DESCRIPTOR = "org.homeward.cases.partdescriptor.caseEditor";

    /** Persisted-state key of the case an editor shows. */
    public static final String CASE_ID = "org.homeward.cases.caseId";

    /** Where editors open. */
    public static final String STACK = "org.homeward.app.partstack.editors";

    private CaseEditors() {
    }

    public static MPart open(EPartService parts, EModelService models, MApplication app, long caseId,
            String caseNumber) {
        String key = Long.toString(caseId);
        for (MPart open : parts.getParts()) {
            if (DESCRIPTOR.equals(open.getElementId()) && key.equals(open.getPersistedState().get(CASE_ID))) {
                parts.showPart(open, PartState.ACTIVATE);
                return open;
            }
        }
        MPart part = parts.createPart(DESCRIPTOR);
        part.setLabel(caseNumber);
        part.getPersistedState().put(CASE_ID, key);
        MPartStack stack = (MPartStack) models.find(STACK, app);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
