package org.homeward.tests.ui.driver;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

/** A combo box, read-only or editable. */
public class BotCombo extends AbstractBotWidget<Combo> {

    public BotCombo(Combo combo) {
        super(combo);
    }

    /** Selects the item with this text, as picking it from the list does. */
    public BotCombo setSelection(String item) {
        sync(() -> {
            int index = widget.indexOf(item);
            if (index < 0) {
                throw new WidgetNotFoundException("no item '" + item + "' in combo; items: "
                        + Arrays.toString(widget.getItems()));
            }
            widget.select(index);
            notify(SWT.Selection);
            return null;
        });
        return this;
    }

    /** Types into an editable combo. */
    public BotCombo setText(String text) {
        sync(() -> {
            widget.setText(text);
            return null;
        });
        return this;
    }

    public String getText() {
        return sync(widget::getText);
    }

    public int itemCount() {
        return sync(widget::getItemCount);
    }
}
