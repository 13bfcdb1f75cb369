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

    /** Gives the window this size at the top left corner of the screen, as a laptop's screen would. */
    public BotShell resize(int width, int height) {
        sync(() -> {
            widget.setMaximized(false);
            widget.setBounds(0, 0, width, height);
            widget.layout(true, true);
            return null;
        });
        return this;
    }

    /** The window's size now. */
    public org.eclipse.swt.graphics.Point size() {
        return sync(widget::getSize);
    }

    /** Presses a key with Ctrl (Cmd on macOS), as the keyboard does, for the window's shortcuts. */
    public void pressShortcut(char key) {
        sync(() -> {
            widget.forceActive();
            widget.setFocus();
            org.eclipse.swt.widgets.Display display = widget.getDisplay();
            post(display, org.eclipse.swt.SWT.KeyDown, org.eclipse.swt.SWT.MOD1, '\0');
            post(display, org.eclipse.swt.SWT.KeyDown, 0, key);
            post(display, org.eclipse.swt.SWT.KeyUp, 0, key);
            post(display, org.eclipse.swt.SWT.KeyUp, org.eclipse.swt.SWT.MOD1, '\0');
            return null;
        });
    }

    private static void post(org.eclipse.swt.widgets.Display display, int type, int keyCode, char character) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        display.post(e);
    }
}
