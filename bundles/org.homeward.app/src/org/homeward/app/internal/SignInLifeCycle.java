package org.homeward.app.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.homeward.persistence.Vault;
import org.osgi.framework.FrameworkUtil;

/**
 * Signs the user in before the workbench exists, so that no personal data is read before: the first start
 * creates the administrator, every later start asks for a password. Quitting the dialog ends the workbench
 * as soon as it starts, with the database still locked.
 */
public class SignInLifeCycle {

    private boolean quit;

    @PostContextCreate
    void signIn(IEclipseContext context) throws InterruptedException {
        SignIn signIn = new SignIn(FrameworkUtil.getBundle(SignInLifeCycle.class).getBundleContext());
        java.util.Optional<String> unavailable = signIn.unavailable();
        if (unavailable.isPresent()) { // another workbench has the data folder: say so, then end cleanly
            Shell shell = new Shell(Display.getCurrent());
            try {
                org.eclipse.jface.dialogs.MessageDialog.openError(shell, Messages.SignIn_unavailableTitle,
                        unavailable.get());
            } finally {
                shell.dispose();
            }
            quit = true;
            return;
        }
        Vault vault = signIn.vault();
        if (vault.state() == Vault.State.UNLOCKED && signIn.current().isPresent()) {
            return; // signed in already, by this process (the test runtime signs in before the workbench)
        }
        Shell shell = new Shell(Display.getCurrent());
        try {
            quit = new SignInDialog(shell, signIn, vault.state() == Vault.State.NEW).open() != Window.OK;
        } finally {
            shell.dispose();
        }
    }

    @ProcessAdditions
    void endIfQuit(IEventBroker events, MApplication application) {
        if (quit) {
            events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> {
                IWorkbench workbench = application.getContext().get(IWorkbench.class);
                if (workbench != null) {
                    workbench.close();
                }
            });
        }
    }
}
