package org.homeward.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** The services a command uses, waited for while the database opens (and migrates) in the background. */
final class Services implements AutoCloseable {

    private static final long WAIT_MS = 120_000;

    private final BundleContext context;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    Services(BundleContext context) {
        this.context = context;
    }

    /**
     * Waits for the database (its entity manager factory, by name: this bundle uses no JPA), after which the
     * areas' services are registered.
     */
    void awaitDatabase() {
        try {
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, context.createFilter(
                    "(objectClass=jakarta.persistence.EntityManagerFactory)"), null);
            tracker.open();
            trackers.add(tracker);
            if (tracker.waitForService(WAIT_MS) == null) {
                throw new IllegalStateException(NLS.bind(Messages.Service_missing, "EntityManagerFactory",
                        WAIT_MS / 1000));
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Refuses to go on when the database cannot open: in use by a workbench, or failed. */
    void requireOpenable() throws Commands.UnavailableException {
        org.homeward.persistence.DatabaseState state = get(org.homeward.persistence.DatabaseState.class);
        if (state.phase() == org.homeward.persistence.DatabaseState.Phase.IN_USE) {
            throw new Commands.UnavailableException(state.problem(), true);
        }
        if (state.phase() == org.homeward.persistence.DatabaseState.Phase.FAILED) {
            throw new Commands.UnavailableException(state.problem(), false);
        }
    }

    <T> T get(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        try {
            T service = tracker.waitForService(WAIT_MS);
            if (service == null) {
                throw new IllegalStateException(NLS.bind(Messages.Service_missing, type.getSimpleName(),
                        WAIT_MS / 1000));
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        trackers.forEach(ServiceTracker::close);
    }
}
