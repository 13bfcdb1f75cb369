package org.homeward.movements.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingStatus;
import org.homeward.movements.model.service.BookingService;
import org.homeward.movements.model.service.DepartureService;
import org.homeward.ui.Background;
import org.homeward.ui.Rows;

/**
 * The open bookings by status: options with their time limit (red within a day), to ticket from the
 * case or release here; ticketed bookings, to put on a departure.
 */
final class BookingsTab {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withZone(ZoneId.systemDefault());

    private final PartActions actions;
    private final BookingService bookings;
    private final DepartureService departures;
    private final Rows<Booking> rows;

    BookingsTab(Composite page, PartActions actions, BookingService bookings, DepartureService departures) {
        this.actions = actions;
        this.bookings = bookings;
        this.departures = departures;
        Label hint = new Label(page, SWT.WRAP);
        hint.setText(Messages.Bookings_hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(hint);
        Color red = page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        rows = new Rows<Booking>(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI, List.of(
                new Rows.Column<>(Messages.Column_pnr, 90, b -> b.getPnr() == null ? "#" + b.getId() : b.getPnr()),
                new Rows.Column<>(Messages.Column_status, 90, b -> FlightsPage.status(b.getStatus())),
                new Rows.Column<>(Messages.Column_optionUntil, 130,
                        b -> b.getOptionUntil() == null ? "" : WHEN.format(b.getOptionUntil()),
                        b -> FlightsPage.lapsesWithinADay(b) ? red : null),
                new Rows.Column<>(Messages.Column_agency, 160, b -> b.getAgency() == null ? "" : b.getAgency())))
                .keyedBy(Booking::getId);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rows.table());
        Composite buttons = PartActions.buttons(page, 2);
        PartActions.button(buttons, Messages.Action_plan, this::plan);
        PartActions.button(buttons, Messages.Action_release, this::release);
    }

    void reload() {
        Background.read(Messages.Part_job, rows.table(), () -> {
            List<Booking> open = new ArrayList<>(bookings.withStatus(BookingStatus.OPTION));
            open.addAll(bookings.withStatus(BookingStatus.TICKETED));
            return open;
        }, rows::show);
    }

    private void plan() {
        List<Booking> chosen = PartActions.chosen(rows);
        PlanDialog dialog = new PlanDialog(rows.table().getShell(), chosen.stream()
                .map(b -> b.getPnr() == null ? "#" + b.getId() : b.getPnr()).collect(Collectors.joining(", ")));
        if (dialog.open() == PlanDialog.OK) {
            actions.work(rows.table(), () -> departures.plan(dialog.date(), dialog.kind(), dialog.label(),
                    chosen.stream().map(Booking::getId).toList()), d -> NLS.bind(Messages.Plan_done, d.getLabel()));
        }
    }

    /** Releases the chosen options (the agency is told by the assistant); a ticket is not an option. */
    private void release() {
        List<Booking> chosen = PartActions.chosen(rows);
        actions.work(rows.table(), () -> {
            for (Booking b : chosen) {
                bookings.move(b.getId(), b.getVersion(), BookingStatus.CANCELLED);
            }
            return chosen.size();
        }, n -> NLS.bind(Messages.Release_done, n));
    }
}
