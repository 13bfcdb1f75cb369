package org.homeward.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.homeward.app.internal.IdleLock;

/** Window > Lock: hides the workbench until the password is given again (as after the idle time). */
public class LockHandler {

    @CanExecute
    boolean canExecute(@Optional IdleLock lock) {
        return lock != null;
    }

    @Execute
    void execute(IdleLock lock) {
        lock.lock();
    }
}
