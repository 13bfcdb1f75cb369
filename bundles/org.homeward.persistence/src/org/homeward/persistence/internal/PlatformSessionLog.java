package org.homeward.persistence.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/** Sends EclipseLink's log to the platform log instead of standard output. */
public class PlatformSessionLog extends AbstractSessionLog {

    private static final String BUNDLE = "org.homeward.persistence";

    @Override
    public void log(SessionLogEntry entry) {
        if (!shouldLog(entry.getLevel(), entry.getNameSpace())) {
            return;
        }
        int severity = switch (entry.getLevel()) {
            case SessionLog.SEVERE -> IStatus.ERROR;
            case SessionLog.WARNING -> IStatus.WARNING;
            default -> IStatus.INFO;
        };
        ILog.of(PlatformSessionLog.class)
                .log(new Status(severity, BUNDLE, "EclipseLink: " + formatMessage(entry), entry.getException()));
    }
}
