package org.homeward.tests.ui.driver;

import org.eclipse.swt.widgets.Label;

/** A label. */
public class BotLabel extends AbstractBotWidget<Label> {

    public BotLabel(Label label) {
        super(label);
    }

    public String getText() {
        return sync(widget::getText);
    }
}
