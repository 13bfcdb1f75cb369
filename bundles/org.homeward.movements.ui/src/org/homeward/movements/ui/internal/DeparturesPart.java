package org.homeward.movements.ui.internal;

import java.time.format.DateTimeFormatter;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.movements.model.service.BookingService;
import org.homeward.movements.model.service.DepartureDocuments;
import org.homeward.movements.model.service.DepartureService;
import org.homeward.movements.model.service.MovementEvents;
import org.homeward.movements.model.service.NotificationService;
import org.homeward.ui.ProblemLabel;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Departures part: departures by date with their manifest, checks, documents and the day's
 * confirmation; bookings by status with their option deadlines, to put on a departure; the
 * notification outbox.
 */
public class DeparturesPart {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Inject
    @Service
    BookingService bookings;

    @Inject
    @Service
    DepartureService departures;

    @Inject
    @Service
    DepartureDocuments documents;

    @Inject
    @Service
    NotificationService notifications;

    @Inject
    @Service
    org.homeward.common.security.CurrentUser user;

    private DeparturesTab departuresTab;
    private BookingsTab bookingsTab;
    private OutboxTab outboxTab;
    private Composite root;

    @PostConstruct
    void create(Composite parent) {
        root = parent;
        GridLayoutFactory.fillDefaults().applyTo(parent);
        PartActions actions = new PartActions(ProblemLabel.create(parent, 1, 300, 1), this::reload);
        CTabFolder tabs = new CTabFolder(parent, SWT.TOP | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        departuresTab = new DeparturesTab(page(tabs, Messages.Departures_tab), actions, departures, documents,
                notifications);
        bookingsTab = new BookingsTab(page(tabs, Messages.Bookings_tab), actions, bookings, departures);
        outboxTab = new OutboxTab(page(tabs, Messages.Outbox_tab), actions, notifications);
        tabs.setSelection(0);
        PartActions.onlyFor(user, org.homeward.common.security.Permission.BOOK_TRAVEL, tabs);
        reload();
    }

    private static Composite page(CTabFolder tabs, String title) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        item.setControl(page);
        return page;
    }

    @Inject
    @Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) Event event) {
        if (root != null && !root.isDisposed()) {
            reload();
        }
    }

    /** A booking, departure or letter changed, here or in a case's editor. */
    @Inject
    @Optional
    void movementsChanged(@UIEventTopic(MovementEvents.TOPIC_ALL) Event event) {
        caseChanged(event);
    }

    /** Reads the three lists again, and the manifest shown. */
    void reload() {
        departuresTab.reload();
        bookingsTab.reload();
        outboxTab.reload();
    }
}
