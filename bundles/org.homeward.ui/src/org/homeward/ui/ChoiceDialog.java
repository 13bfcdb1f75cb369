package org.homeward.ui;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for one value from a list and, when asked for, a text (a reason): OK stays disabled until
 * both are given.
 */
public final class ChoiceDialog<T> extends Dialog {

    private final String title;
    private final String question;
    private final List<T> values;
    private final Function<T, String> label;
    private final String textLabel;
    private Choice<T> choice;
    private Text text;
    private T chosen;
    private String typed;

    /**
     * @param values null or empty to ask for the text alone
     * @param textLabel null to ask for no text
     */
    public ChoiceDialog(Shell parent, String title, String question, List<T> values, Function<T, String> label,
            String textLabel) {
        super(parent);
        this.title = title;
        this.question = question;
        this.values = values == null ? List.of() : values;
        this.label = label;
        this.textLabel = textLabel;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label ask = new Label(area, SWT.WRAP);
        ask.setText(question);
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(ask);
        if (!values.isEmpty()) {
            choice = new Choice<>(new Combo(area, SWT.READ_ONLY), values, label, null);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(choice.control());
            choice.control().addListener(SWT.Selection, e -> check());
        }
        if (textLabel != null) {
            new Label(area, SWT.NONE).setText(textLabel);
            text = new Text(area, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
            text.addListener(SWT.Modify, e -> check());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, OK, DialogLabels.ok(), true);
        createButton(parent, CANCEL, DialogLabels.cancel(), false);
    }

    @Override
    protected Control createContents(Composite parent) {
        Control contents = super.createContents(parent);
        check();
        return contents;
    }

    private void check() {
        boolean ready = (choice == null || choice.selected() != null) && (text == null || !text.getText().isBlank());
        if (getButton(OK) != null) {
            getButton(OK).setEnabled(ready);
        }
    }

    @Override
    protected void okPressed() {
        chosen = choice == null ? null : choice.selected();
        typed = text == null ? null : text.getText().strip();
        super.okPressed();
    }

    /** The value chosen, once closed with OK. */
    public T chosen() {
        return chosen;
    }

    /** The text typed, once closed with OK. */
    public String text() {
        return typed;
    }
}
