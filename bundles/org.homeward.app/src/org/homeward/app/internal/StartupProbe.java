package org.homeward.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Notes when the workbench is usable: after start-up completed and the event loop has run the
 * first queued work (the window is shown by then). Logs the time since the JVM started and,
 * when {@code homeward.startup.marker} names a file, writes the epoch milliseconds there for the
 * start-up benchmark, which can also ask for the workbench to close right after.
 */
public class StartupProbe {

    public static final String MARKER_PROPERTY = "homeward.startup.marker";

    /** With the marker: close the workbench (cleanly, database included) once the time is written. */
    public static final String CLOSE_PROPERTY = "homeward.startup.closeWhenReady";

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, Display display,
            IWorkbench workbench) {
        display.asyncExec(() -> {
            long now = System.currentTimeMillis();
            // the JVM's start, not the process's: a launcher script may have worked before exec'ing java
            long started = ManagementFactory.getRuntimeMXBean().getStartTime();
            ILog log = ILog.of(StartupProbe.class);
            log.info(NLS.bind(Messages.Startup_ready, now - started));
            String marker = System.getProperty(MARKER_PROPERTY);
            if (marker != null && !marker.isBlank()) {
                try {
                    Files.writeString(Path.of(marker), Long.toString(now));
                } catch (IOException e) {
                    log.error(marker, e);
                }
                if (Boolean.getBoolean(CLOSE_PROPERTY)) {
                    display.asyncExec(workbench::close);
                }
            }
        });
    }
}
