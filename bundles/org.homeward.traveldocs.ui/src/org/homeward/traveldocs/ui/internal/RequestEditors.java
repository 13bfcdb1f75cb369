package org.homeward.traveldocs.ui.internal;

import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Opens request editors (an add-on): screens ask for one by posting {@link #TOPIC} with the request's
 * id and reference, so that a case page, which has no part service, can open one too.
 */
public class RequestEditors {

    /** Topic of the event asking for a request's editor. */
    public static final String TOPIC = "org/homeward/traveldocs/request/OPEN";

    /** Event properties: the request's id (Long) and our reference. */
    public static final String ID = "requestId";
    public static final String REFERENCE = "reference";

    static final String DESCRIPTOR = "org.homeward.traveldocs.partdescriptor.request";
    static final String REQUEST_ID = "org.homeward.traveldocs.requestId";
    private static final String STACK = "org.homeward.app.partstack.editors";

    @Inject
    private EPartService parts;

    @Inject
    private EModelService models;

    @Inject
    private MApplication app;

    static Map<String, Object> event(long requestId, String reference) {
        return Map.of(ID, requestId, REFERENCE, reference);
    }

    @Inject
    @Optional
    void open(@UIEventTopic(TOPIC) Event event) {
        String key = String.valueOf(event.getProperty(ID));
        for (MPart open : parts.getParts()) {
            if (DESCRIPTOR.equals(open.getElementId()) && key.equals(open.getPersistedState().get(REQUEST_ID))) {
                parts.showPart(open, PartState.ACTIVATE);
                return;
            }
        }
        MPart part = parts.createPart(DESCRIPTOR);
        part.setLabel(String.valueOf(event.getProperty(REFERENCE)));
        part.getPersistedState().put(REQUEST_ID, key);
        ((MPartStack) models.find(STACK, app)).getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
    }
}
