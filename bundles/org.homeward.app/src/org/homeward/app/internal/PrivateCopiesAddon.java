package org.homeward.app.internal;

import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.homeward.ui.PrivateCopies;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Keeps the workstation's folder of private copies empty of what is no longer needed: everything left
 * there is removed at start-up (a crash leaves copies behind), copies older than
 * {@link PrivateCopies#KEPT} every five minutes once the platform lets them go, and the rest at exit.
 */
public class PrivateCopiesAddon {

    private static final long EVERY_MS = 5 * 60_000L;

    private final PrivateCopies copies = PrivateCopies.ofWorkstation();
    private Sweeper sweeper;

    @PostConstruct
    void start() {
        sweeper = new Sweeper(copies);
        sweeper.schedule();
    }

    @PreDestroy
    void stop() {
        sweeper.cancel();
        copies.sweep();
    }

    /** The first run removes everything; later runs what is older than the time copies are kept. */
    private static final class Sweeper extends Job {

        private final PrivateCopies copies;
        private boolean started;

        Sweeper(PrivateCopies copies) {
            super(Messages.PrivateCopies_sweep);
            this.copies = copies;
            setSystem(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            copies.sweep(started ? Instant.now().minus(PrivateCopies.KEPT) : Instant.MAX);
            started = true;
            if (!monitor.isCanceled()) {
                schedule(EVERY_MS);
            }
            return Status.OK_STATUS;
        }
    }
}
