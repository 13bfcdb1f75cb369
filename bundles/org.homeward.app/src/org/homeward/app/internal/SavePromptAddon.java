package org.homeward.app.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Puts Homeward's own save question ({@link SavePrompt}) in every window, in place of the workbench's
 * default one, which speaks English whatever the workbench's language.
 */
public class SavePromptAddon {

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application) {
        application.getChildren().forEach(SavePromptAddon::install);
    }

    @Inject
    @Optional
    void windowShown(@UIEventTopic(UIEvents.UIElement.TOPIC_WIDGET) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MWindow window
                && event.getProperty(UIEvents.EventTags.NEW_VALUE) != null) {
            install(window);
        }
    }

    private static void install(MWindow window) {
        if (window.getContext() != null && window.getWidget() instanceof Shell shell) {
            window.getContext().set(ISaveHandler.class, new SavePrompt(shell));
        }
    }
}
