package org.homeward.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

/** Window > User and role: who works at this workstation, kept in the preferences. */
public class UserHandler {

    @Execute
    void execute(Shell shell) {
        new UserDialog(shell).open();
    }
}
