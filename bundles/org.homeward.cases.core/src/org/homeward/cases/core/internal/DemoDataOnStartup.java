package org.homeward.cases.core.internal;

import java.sql.SQLException;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.persistence.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import jakarta.persistence.EntityManagerFactory;

/**
 * With {@code -Dhomeward.demo=N}, fills the database up to N demonstration cases once it is open, in
 * a background job that shows its progress and can be cancelled. Without the property, does nothing.
 */
@Component(immediate = true)
public class DemoDataOnStartup {

    public static final String PROPERTY = "homeward.demo";

    @Reference
    private EntityManagerFactory emf;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    private Job job;

    @Activate
    void activate(BundleContext context) {
        String wanted = context.getProperty(PROPERTY);
        if (wanted == null || wanted.isBlank()) {
            return;
        }
        int target;
        try {
            target = Integer.parseInt(wanted.strip());
        } catch (NumberFormatException e) {
            ILog.of(DemoDataOnStartup.class).error(NLS.bind(Messages.Demo_badCount, wanted));
            return;
        }
        job = Job.create(NLS.bind(Messages.Demo_job, target),
                (IJobFunction) monitor -> generate(target, SubMonitor.convert(monitor)));
        job.setUser(true);
        job.schedule();
    }

    private IStatus generate(int target, SubMonitor monitor) {
        long existing = Transactions.read(emf, em -> em
                .createQuery("SELECT COUNT(c) FROM MigrantCase c WHERE c.caseNumber LIKE :p", Long.class)
                .setParameter("p", DemoData.PREFIX + "-%").getSingleResult());
        int missing = (int) Math.max(0, target - existing);
        monitor.beginTask(NLS.bind(Messages.Demo_job, target), missing);
        long start = System.nanoTime();
        try {
            int[] done = {0};
            int written = new DemoData(emf, existing).generate(missing, n -> {
                monitor.worked(n - done[0]);
                done[0] = n;
                EventAdmin admin = events;
                if (admin != null) { // lets the case list show the cases as they come
                    admin.postEvent(new Event(CaseEvents.TOPIC_IMPORTED, Map.of(CaseEvents.COUNT, n)));
                }
            }, monitor::isCanceled);
            ILog.of(DemoDataOnStartup.class).info(NLS.bind(Messages.Demo_done, written,
                    (System.nanoTime() - start) / 1_000_000));
            return written < missing ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (SQLException | RuntimeException e) {
            ILog.of(DemoDataOnStartup.class).error(e.getMessage(), e);
            return Status.error(e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (job != null) {
            job.cancel();
            job.join(30_000, null);
        }
    }
}
