package org.homeward.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The label under a form that names its bad fields: dark red, wrapped, with room for a few lines from
 * the start, so that the dialog or page keeps its size when problems show and go.
 */
public final class ProblemLabel {

    private ProblemLabel() {
    }

    /** A label spanning {@code span} columns of {@code form}'s grid, {@code width} pixels wide, {@code lines} high. */
    public static Label create(Composite form, int span, int width, int lines) {
        Label problems = new Label(form, SWT.WRAP);
        problems.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(width, lineHeight(problems) * lines)
                .applyTo(problems);
        return problems;
    }

    private static int lineHeight(Label label) {
        GC gc = new GC(label);
        try {
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }
}
