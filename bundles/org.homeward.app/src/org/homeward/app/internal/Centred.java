package org.homeward.app.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog shown without the workbench's window (sign-in, lock): in the middle of the main screen, at a width
 * where its explanation wraps on two lines at most.
 */
abstract class Centred extends org.eclipse.jface.dialogs.TitleAreaDialog {

    /** Wide enough for the explanations to wrap on two lines at most, narrow enough for a 1366-pixel screen. */
    static final int WIDTH = 620;

    Centred(Shell parent) {
        super(parent);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(WIDTH, getShell().computeSize(WIDTH, org.eclipse.swt.SWT.DEFAULT, true).y);
    }

    @Override
    protected Point getInitialLocation(Point size) {
        Rectangle screen = getShell().getDisplay().getPrimaryMonitor().getClientArea();
        return new Point(screen.x + Math.max(0, (screen.width - size.x) / 2),
                screen.y + Math.max(0, (screen.height - size.y) / 3));
    }

}
