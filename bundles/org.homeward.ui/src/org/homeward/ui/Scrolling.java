package org.homeward.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Forms that scroll instead of clipping on a small screen (a 1366x768 laptop): the content fills the
 * view when there is room, and scroll bars appear when the view is smaller than the content needs.
 */
public final class Scrolling {

    private Scrolling() {
    }

    /** A scrolled view in {@code parent}; create the content in it, then call {@link #hold(ScrolledComposite, Control)}. */
    public static ScrolledComposite view(Composite parent) {
        ScrolledComposite view = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        view.setExpandHorizontal(true);
        view.setExpandVertical(true);
        view.setShowFocusedControl(true);
        view.getVerticalBar().setIncrement(16);
        view.getHorizontalBar().setIncrement(16);
        return view;
    }

    /** Makes {@code content} the view's content, sized again whenever the view is. */
    public static ScrolledComposite hold(ScrolledComposite view, Control content) {
        view.setContent(content);
        view.addListener(SWT.Resize, e -> fit(view));
        fit(view);
        return view;
    }

    /** Sizes the scrolled view around {@code inside} to what its content needs now (call after its content changed). */
    public static void refit(Control inside) {
        for (Control c = inside; c != null; c = c.getParent()) {
            if (c instanceof ScrolledComposite view) {
                fit(view);
                return;
            }
        }
    }

    private static void fit(ScrolledComposite view) {
        Control content = view.getContent();
        if (content == null || content.isDisposed()) {
            return;
        }
        int width = view.getClientArea().width;
        Point natural = content.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        // wrapped texts take the view's width when it is wider than the content's narrowest
        Point atWidth = width > natural.x ? content.computeSize(width, SWT.DEFAULT) : natural;
        view.setMinSize(natural.x, atWidth.y);
    }
}
