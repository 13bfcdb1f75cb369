package org.homeward.tests.ui.driver;

import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** A tab of a tab folder: in the workbench, a part. */
public class BotCTabItem extends AbstractBotWidget<CTabItem> {

    public BotCTabItem(CTabItem item) {
        super(item);
    }

    /** Brings the tab to the front. */
    public BotCTabItem activate() {
        sync(() -> {
            widget.getParent().setSelection(widget);
            return null;
        });
        return this;
    }

    /** A bot that looks for widgets in this tab's content only. */
    public Bot bot() {
        Control content = sync(widget::getControl);
        if (content == null) {
            throw new WidgetNotFoundException("tab '" + sync(widget::getText) + "' has no content yet");
        }
        return new Bot(display, content);
    }

    public Shell shell() {
        return sync(() -> widget.getParent().getShell());
    }
}
