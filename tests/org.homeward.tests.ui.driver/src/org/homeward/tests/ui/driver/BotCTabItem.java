package org.homeward.tests.ui.driver;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** A tab of a tab folder: in the workbench, a part. */
public class BotCTabItem extends AbstractBotWidget<CTabItem> {

    public BotCTabItem(CTabItem item) {
        super(item);
    }

    /**
     * Brings the tab to the front as a click on it does: the folder is told, so that the workbench
     * renders a part shown for the first time.
     */
    public BotCTabItem activate() {
        sync(() -> {
            CTabFolder folder = widget.getParent();
            folder.setSelection(widget);
            Event event = new Event();
            event.item = widget;
            folder.notifyListeners(SWT.Selection, event);
            return null;
        });
        return this;
    }

    /** A bot that looks for widgets in this tab's content only, once the content is there. */
    public Bot bot() {
        UI.waitUntil(() -> sync(() -> widget.getControl() != null), UI.DEFAULT_TIMEOUT,
                "tab '" + sync(widget::getText) + "' to have content");
        return new Bot(display, sync(widget::getControl));
    }

    /** The tab's title as shown (an editor with unsaved changes shows a leading '*'). */
    public String getText() {
        return sync(widget::getText);
    }

    public Shell shell() {
        return sync(() -> widget.getParent().getShell());
    }
}
