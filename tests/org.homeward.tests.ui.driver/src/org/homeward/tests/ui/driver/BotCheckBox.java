package org.homeward.tests.ui.driver;

import org.eclipse.swt.widgets.Button;

/** A check box. */
public class BotCheckBox extends AbstractBotWidget<Button> {

    public BotCheckBox(Button button) {
        super(button);
    }

    /** Ticks the box as a click does (when it is not ticked yet). */
    public BotCheckBox select() {
        sync(() -> {
            if (!widget.getSelection()) {
                widget.setSelection(true);
                clickNow();
            }
            return null;
        });
        return this;
    }

    public boolean isChecked() {
        return sync(widget::getSelection);
    }
}
