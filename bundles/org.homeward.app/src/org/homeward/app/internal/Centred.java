package org.homeward.app.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Where the dialogs shown without the workbench's window (sign-in, lock) go: the middle of the main screen. */
final class Centred {

    /** Wide enough for the explanations to wrap on two lines at most, narrow enough for a 1366-pixel screen. */
    static final int WIDTH = 620;

    private Centred() {
    }

    static Point location(Shell shell, Point size) {
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        return new Point(screen.x + Math.max(0, (screen.width - size.x) / 2),
                screen.y + Math.max(0, (screen.height - size.y) / 3));
    }

    static Point size(Shell shell) {
        return new Point(WIDTH, shell.computeSize(WIDTH, org.eclipse.swt.SWT.DEFAULT, true).y);
    }
}
