package org.homeward.movements.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.homeward.ui.Background;
import org.homeward.ui.Rows;

/**
 * What the tabs of the Departures part share: saving in the background, then saying the outcome in
 * the part's message line and reading the lists again.
 */
final class PartActions {

    private final Label message;
    private final Runnable reload;

    PartActions(Label message, Runnable reload) {
        this.message = message;
        this.reload = reload;
    }

    /** Runs {@code work}; its result, or why it failed, is said; the lists are read again. */
    <T> void work(Control owner, Background.Work<T> work, Function<T, String> said) {
        Background.run(Messages.Part_job, owner, work, r -> say(said.apply(r)), failure -> warn(failure.message()));
    }

    /** Says what was done ({@code text}) in the message line and reads the lists again. */
    void say(String text) {
        tell(text, SWT.COLOR_DARK_GREEN);
    }

    /** Says what went wrong, or what to do first, and reads the lists again. */
    void warn(String text) {
        tell(text, SWT.COLOR_DARK_RED);
    }

    private void tell(String text, int colour) {
        message.setForeground(message.getDisplay().getSystemColor(colour));
        message.setText(text == null ? "" : text);
        message.getParent().layout();
        reload.run();
    }

    Label message() {
        return message;
    }

    static Composite buttons(Composite page, int columns) {
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(buttons);
        return buttons;
    }

    static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().applyTo(b);
        return b;
    }

    /**
     * Disables every button under {@code area} when the user's role lacks {@code permission}, saying why in its
     * tooltip: the lists stay readable, the services would refuse the actions.
     */
    static void onlyFor(org.homeward.common.security.CurrentUser user,
            org.homeward.common.security.Permission permission, Composite area) {
        if (user.can(permission)) {
            return;
        }
        String why = org.homeward.ui.PermissionWords.denied(user.role(), permission);
        java.util.ArrayDeque<org.eclipse.swt.widgets.Control> left = new java.util.ArrayDeque<>(List.of(area));
        while (!left.isEmpty()) {
            org.eclipse.swt.widgets.Control c = left.pop();
            if (c instanceof Button b) {
                b.setEnabled(false);
                b.setToolTipText(why);
            } else if (c instanceof Composite comp) {
                left.addAll(List.of(comp.getChildren()));
            }
        }
    }

    /** The rows chosen in a multi-selection list. */
    @SuppressWarnings("unchecked")
    static <T> List<T> chosen(Rows<T> rows) {
        return ((IStructuredSelection) rows.viewer().getSelection()).toList();
    }
}
