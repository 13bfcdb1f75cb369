package org.homeward.tests.ui.driver;

import org.eclipse.swt.widgets.Text;

/** A text field. */
public class BotText extends AbstractBotWidget<Text> {

    public BotText(Text text) {
        super(text);
    }

    /** Replaces the text, firing the modify listeners as typing does. */
    public BotText setText(String text) {
        sync(() -> {
            widget.setFocus();
            widget.setText(text);
            return null;
        });
        return this;
    }

    public String getText() {
        return sync(widget::getText);
    }
}
