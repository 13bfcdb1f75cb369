package org.homeward.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

import jakarta.inject.Named;

/** Edit > Cut, Copy, Paste, Select all, on the text field that has the focus. */
public class TextEditHandler {

    static final String ACTION = "org.homeward.app.command.edit.action";

    @Execute
    void execute(@Named(ACTION) String action, Display display) {
        Control focus = display.getFocusControl();
        if (focus instanceof Text text) {
            switch (action) {
                case "cut" -> text.cut();
                case "copy" -> text.copy();
                case "paste" -> text.paste();
                case "selectAll" -> text.selectAll();
                default -> throw new IllegalArgumentException(action);
            }
        } else if (focus instanceof Combo combo) {
            switch (action) {
                case "cut" -> combo.cut();
                case "copy" -> combo.copy();
                case "paste" -> combo.paste();
                case "selectAll" -> combo.setSelection(new Point(0, combo.getText().length()));
                default -> throw new IllegalArgumentException(action);
            }
        }
    }
}
