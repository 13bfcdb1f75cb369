package org.homeward.tests.ui.driver;

import org.eclipse.swt.widgets.Button;

/** A push button. */
public class BotButton extends AbstractBotWidget<Button> {

    public BotButton(Button button) {
        super(button);
    }

    /** Waits until the button is enabled, then clicks it (without waiting for what the click does). */
    public BotButton click() {
        waitUntilEnabled("button '" + sync(widget::getText) + "'");
        async(() -> {
            widget.setFocus();
            clickNow();
        });
        return this;
    }

    public String getText() {
        return sync(widget::getText);
    }
}
