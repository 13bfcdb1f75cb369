package org.homeward.movements.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingStatus;
import org.homeward.movements.model.Departure;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.Notification;
import org.homeward.movements.model.PreEmbarkation;
import org.homeward.movements.model.service.BookingService;
import org.homeward.movements.model.service.DepartureDocuments;
import org.homeward.movements.model.service.DepartureService;
import org.homeward.movements.model.service.NotificationService;
import org.homeward.ui.Background;
import org.homeward.ui.ProblemLabel;
import org.homeward.ui.Rows;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Departures part: departures by date with their manifest, checks and the day's confirmation;
 * ticketed bookings to put on a departure; the notification outbox.
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

    private Rows<Departure> departureRows;
    private Rows<ManifestLine> manifestRows;
    private Rows<Booking> bookingRows;
    private Rows<Notification> outboxRows;
    private Label message;
    private Manifest shown;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        message = ProblemLabel.create(parent, 1, 300, 1);
        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        tab(tabs, Messages.Departures_tab, this::departuresTab);
        tab(tabs, Messages.Bookings_tab, this::bookingsTab);
        tab(tabs, Messages.Outbox_tab, this::outboxTab);
        reload();
    }

    private static void tab(TabFolder tabs, String title, java.util.function.Consumer<Composite> fill) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        fill.accept(page);
        item.setControl(page);
    }

    private void departuresTab(Composite page) {
        SashForm sash = new SashForm(page, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        departureRows = new Rows<>(sash, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Column_date, 90, d -> DAY.format(d.getDepartsOn())),
                new Rows.Column<>(Messages.Column_label, 200, Departure::getLabel),
                new Rows.Column<>(Messages.Column_kind, 90, d -> Labels.kind(d.getKind())),
                new Rows.Column<>(Messages.Column_state, 90,
                        d -> d.isClosed() ? Messages.Departure_closed : Messages.Departure_open)));
        departureRows.viewer().addSelectionChangedListener(e -> showManifest());
        manifestRows = new Rows<>(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI, List.of(
                new Rows.Column<>(Messages.Column_case, 110, ManifestLine::caseNumber),
                new Rows.Column<>(Messages.Column_name, 180, ManifestLine::name),
                new Rows.Column<>(Messages.Column_document, 110, l -> l.documentNumber() == null
                        ? ""
                        : l.documentNumber()),
                new Rows.Column<>(Messages.Column_pnr, 70, l -> l.pnr() == null ? "" : l.pnr()),
                new Rows.Column<>(Messages.Column_needs, 120, Labels::needs),
                new Rows.Column<>(Messages.Column_checks, 120, Labels::checks),
                new Rows.Column<>(Messages.Column_outcome, 120, Labels::outcome)));
        sash.setWeights(1, 2);
        Composite buttons = buttons(page, 2);
        button(buttons, Messages.Action_checked, this::markChecked);
        button(buttons, Messages.Action_documents, this::generateDocuments);
        button(buttons, Messages.Action_notify, this::queueNotifications);
        button(buttons, Messages.Action_confirm, this::confirmDay);
    }

    private void bookingsTab(Composite page) {
        new Label(page, SWT.WRAP).setText(Messages.Bookings_hint);
        bookingRows = new Rows<>(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI, List.of(
                new Rows.Column<>(Messages.Column_pnr, 90, b -> b.getPnr() == null ? "#" + b.getId() : b.getPnr()),
                new Rows.Column<>(Messages.Column_status, 90, b -> FlightsPage.status(b.getStatus())),
                new Rows.Column<>(Messages.Column_agency, 160, b -> b.getAgency() == null ? "" : b.getAgency())));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(bookingRows.table());
        button(buttons(page, 1), Messages.Action_plan, this::plan);
    }

    private void outboxTab(Composite page) {
        outboxRows = new Rows<>(page, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Column_recipient, 260, Notification::getRecipientName),
                new Rows.Column<>(Messages.Column_status, 110, n -> Labels.status(n.getStatus())),
                new Rows.Column<>(Messages.Column_attempts, 60, n -> String.valueOf(n.getAttempts())),
                new Rows.Column<>(Messages.Column_error, 260, n -> n.getLastError() == null ? "" : n.getLastError())));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(outboxRows.table());
        Composite buttons = buttons(page, 2);
        button(buttons, Messages.Action_retry,
                () -> outboxAction(n -> notifications.retry(n.getId(), n.getVersion())));
        button(buttons, Messages.Action_byHand,
                () -> outboxAction(n -> notifications.deliveredByHand(n.getId(), n.getVersion(), null)));
    }

    private static Composite buttons(Composite page, int count) {
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(count).applyTo(buttons);
        return buttons;
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }

    @Inject
    @Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) Event event) {
        if (departureRows != null && !departureRows.table().isDisposed()) {
            reload();
        }
    }

    /** Reads the three lists again, and the manifest shown. */
    void reload() {
        Background.read(Messages.Part_job, departureRows.table(), () -> new Lists(departures.departures(null),
                bookings.withStatus(BookingStatus.TICKETED), notifications.outbox()), lists -> {
                    departureRows.show(lists.departures());
                    bookingRows.show(lists.bookings());
                    outboxRows.show(lists.outbox());
                    showManifest();
                });
    }

    private record Lists(List<Departure> departures, List<Booking> bookings, List<Notification> outbox) {
    }

    private void showManifest() {
        Departure d = departureRows.selected();
        if (d == null) {
            manifestRows.show(List.of());
            shown = null;
            return;
        }
        Background.read(Messages.Part_job, manifestRows.table(), () -> departures.manifest(d.getId()), m -> {
            shown = m;
            manifestRows.show(m.lines());
        });
    }

    private void done(String text) {
        message.setText(text == null ? "" : text);
        message.getParent().layout();
        reload();
    }

    private <T> void work(Background.Work<T> work, java.util.function.Function<T, String> said) {
        Background.run(Messages.Part_job, departureRows.table(), work, r -> done(said.apply(r)),
                failure -> done(failure.message()));
    }

    private void markChecked() {
        List<ManifestLine> lines = selectedLines();
        work(() -> {
            for (ManifestLine l : lines) {
                var p = l.passenger();
                departures.check(p.getId(), p.getVersion(), new PreEmbarkation(true, true, p.isWheelchair(),
                        p.getPocketMoney(), p.getReceiptNumber()));
            }
            return lines.size();
        }, n -> NLS.bind(Messages.Checked_done, n));
    }

    @SuppressWarnings("unchecked")
    private List<ManifestLine> selectedLines() {
        return ((org.eclipse.jface.viewers.IStructuredSelection) manifestRows.viewer().getSelection()).toList();
    }

    private void generateDocuments() {
        Departure d = departureRows.selected();
        if (d != null) {
            work(() -> documents.generate(d.getId(), n -> {
            }, () -> false).size(), n -> NLS.bind(Messages.Documents_done, n));
        }
    }

    private void queueNotifications() {
        Departure d = departureRows.selected();
        if (d != null) {
            work(() -> notifications.queue(d.getId()).size(), n -> NLS.bind(Messages.Notify_done, n));
        }
    }

    private void confirmDay() {
        Manifest m = shown;
        if (m == null) {
            return;
        }
        BoardingDialog dialog = new BoardingDialog(departureRows.table().getShell(), m);
        if (dialog.open() == BoardingDialog.OK) {
            Map<Long, org.homeward.movements.model.Boarding> outcomes = dialog.outcomes();
            work(() -> departures.confirm(m.departure().getId(), m.departure().getVersion(), outcomes),
                    d -> NLS.bind(Messages.Confirm_done, d.getLabel()));
        }
    }

    private void plan() {
        @SuppressWarnings("unchecked")
        List<Booking> chosen = ((org.eclipse.jface.viewers.IStructuredSelection) bookingRows.viewer().getSelection())
                .toList();
        PlanDialog dialog = new PlanDialog(bookingRows.table().getShell(),
                chosen.stream().map(b -> b.getPnr() == null ? "#" + b.getId() : b.getPnr())
                        .collect(Collectors.joining(", ")));
        if (dialog.open() == PlanDialog.OK) {
            LocalDate on = dialog.date();
            work(() -> departures.plan(on, dialog.kind(), dialog.label(),
                    chosen.stream().map(Booking::getId).toList()), d -> NLS.bind(Messages.Plan_done, d.getLabel()));
        }
    }

    /** A user's action on a letter of the outbox. */
    @FunctionalInterface
    private interface OnLetter {

        Notification apply(Notification n) throws org.homeward.common.validation.ValidationException,
                org.homeward.common.validation.RefusedException, org.homeward.common.validation.ConflictException;
    }

    private void outboxAction(OnLetter action) {
        Notification n = outboxRows.selected();
        if (n != null) {
            work(() -> action.apply(n), x -> NLS.bind(Messages.Outbox_done, x.getRecipientName(),
                    Labels.status(x.getStatus())));
        }
    }
}
