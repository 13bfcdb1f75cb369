package org.homeward.movements.ui.internal;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.movements.model.NotificationStatus;
import org.homeward.movements.model.service.BookingService;
import org.homeward.movements.model.service.NotificationService;
import org.homeward.ui.Background;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Keeps in the Departures part's title, from the start, the options lapsing within a day and the
 * notifications that failed, so that both are seen from the main window; every minute it also sends
 * what the outbox has due, off the UI thread.
 */
public class DeparturesBadge {

    static final String PART = "org.homeward.movements.part.departures";

    private final UISynchronize ui;
    private final EModelService models;
    private final MApplication app;
    private BookingService bookings;
    private NotificationService notifications;
    private org.eclipse.core.runtime.jobs.Job sender;

    @Inject
    public DeparturesBadge(UISynchronize ui, EModelService models, MApplication app) {
        this.ui = ui;
        this.models = models;
        this.app = app;
    }

    @Inject
    @Optional
    void setServices(@Service BookingService b, @Service NotificationService n) {
        bookings = b;
        notifications = n;
        update();
        if (sender == null && n != null) {
            sender = org.eclipse.core.runtime.jobs.Job.create(Messages.Outbox_job, monitor -> {
                n.sendDue(Instant.now());
                update(); // options come within a day of their time limit as time passes
                sender.schedule(Duration.ofMinutes(1).toMillis());
            });
            sender.setSystem(true);
            sender.schedule(Duration.ofSeconds(20).toMillis());
        }
    }

    @Inject
    @Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) Event event) {
        update();
    }

    @Inject
    @Optional
    void movementsChanged(@UIEventTopic(org.homeward.movements.model.service.MovementEvents.TOPIC_ALL) Event event) {
        update();
    }

    void update() {
        BookingService b = bookings;
        NotificationService n = notifications;
        if (b == null || n == null) {
            return;
        }
        Background.read(Messages.Part_job, ui::asyncExec, () -> new long[]{
                b.lapsingOptions(Instant.now().plus(Duration.ofDays(1))).size(),
                n.count(NotificationStatus.FAILED)}, counts -> {
                    MPart part = (MPart) models.find(PART, app);
                    if (part != null) {
                        part.setLabel(label(counts[0], counts[1]));
                    }
                });
    }

    /** "Départs", or "Départs (2 option(s) à échéance, 1 échec(s) d'envoi)" naming only what is there. */
    static String label(long lapsing, long failed) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (lapsing > 0) {
            parts.add(NLS.bind(Messages.Departures_lapsing, lapsing));
        }
        if (failed > 0) {
            parts.add(NLS.bind(Messages.Departures_failed, failed));
        }
        return parts.isEmpty()
                ? Messages.Departures_title
                : NLS.bind(Messages.Departures_label, Messages.Departures_title, String.join(", ", parts));
    }
}
