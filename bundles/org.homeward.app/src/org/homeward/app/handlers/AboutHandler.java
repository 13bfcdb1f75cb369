package org.homeward.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.homeward.app.internal.Messages;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/** Help > About: the version of Homeward and of Java. */
public class AboutHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
        MessageDialog.openInformation(shell, Messages.About_title,
                NLS.bind(Messages.About_text, version, Runtime.version().toString()));
    }
}
