package org.homeward.tests.ui.driver;

import org.eclipse.swt.widgets.Shell;

/** A window or dialog. */
public class BotShell extends AbstractBotWidget<Shell> {

    public BotShell(Shell shell) {
        super(shell);
    }

    /** A bot that looks for widgets in this shell only. */
    public Bot bot() {
        return new Bot(display, widget);
    }

    public String getText() {
        return sync(widget::getText);
    }

    public boolean isOpen() {
        return sync(() -> !widget.isDisposed() && widget.isVisible());
    }

    public BotShell activate() {
        sync(() -> {
            widget.forceActive();
            return null;
        });
        return this;
    }

    /** Closes the shell as the window's close box does. */
    public void close() {
        async(widget::close);
        UI.waitUntil(() -> !isOpen(), UI.DEFAULT_TIMEOUT, "shell to close");
    }
}
