package org.homeward.tests.ui.driver;

import java.util.concurrent.Callable;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

/** A real widget of the workbench, driven from the test thread. */
public abstract class AbstractBotWidget<W extends Widget> {

    protected final W widget;
    protected final Display display;

    protected AbstractBotWidget(W widget) {
        this.widget = widget;
        this.display = widget.getDisplay();
    }

    public W widget() {
        return widget;
    }

    protected <T> T sync(Callable<T> work) {
        return UI.syncCall(display, work);
    }

    /** Runs on the UI thread without waiting: a click may open a modal dialog that blocks until closed. */
    protected void async(Runnable work) {
        display.asyncExec(() -> {
            if (!widget.isDisposed()) {
                work.run();
            }
        });
    }

    protected void notify(int type) {
        Event event = new Event();
        event.widget = widget;
        event.display = display;
        event.time = (int) System.currentTimeMillis();
        widget.notifyListeners(type, event);
    }

    public boolean isEnabled() {
        return sync(() -> !(widget instanceof Control c) || (!c.isDisposed() && c.isEnabled()));
    }

    public boolean isDisposed() {
        return sync(widget::isDisposed);
    }

    /** Gives the keyboard focus to the widget, as a user clicking into it would. */
    public void setFocus() {
        sync(() -> widget instanceof Control c && c.setFocus());
    }

    protected void waitUntilEnabled(String what) {
        UI.waitUntil(this::isEnabled, UI.DEFAULT_TIMEOUT, what + " to be enabled");
    }

    protected void clickNow() {
        notify(SWT.Selection);
    }
}
