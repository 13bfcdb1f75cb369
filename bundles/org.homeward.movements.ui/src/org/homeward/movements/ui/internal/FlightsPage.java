package org.homeward.movements.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.editor.CaseEditorPage;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingStatus;
import org.homeward.movements.model.Itinerary;
import org.homeward.movements.model.Segment;
import org.homeward.movements.model.service.BookingService;
import org.homeward.ui.Background;
import org.homeward.ui.Rows;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The flights page of the case editor: the bookings holding a person of the case, their flights in
 * each airport's local time, the arrival day at destination, and an option's time limit.
 */
@Component(service = CaseEditorPage.class)
public class FlightsPage implements CaseEditorPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withZone(ZoneId.systemDefault());

    @Reference
    private BookingService bookings;

    @Reference
    private HouseholdService households;

    @Reference
    private org.homeward.movements.model.service.DepartureService departures;

    @Reference
    private org.homeward.common.security.CurrentUser user;

    @Override
    public String title() {
        return Messages.Page_title;
    }

    @Override
    public int rank() {
        return 70;
    }

    /** The case's bookings and the departures it is on, newest first. */
    private record Flights(List<Line> lines, List<org.homeward.movements.model.Departure> departures) {
    }

    /** A booking as the page shows it. */
    private record Line(Booking booking, Itinerary itinerary, int passengers) {
    }

    @Override
    public Control create(Composite parent, CaseEditorContext context) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        Label count = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(count);
        org.eclipse.swt.graphics.Color red = page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        java.util.function.Function<Line, org.eclipse.swt.graphics.Color> lapsing = l -> lapsesWithinADay(l.booking())
                ? red
                : null;
        Rows<Line> rows = new Rows<>(page, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Column_pnr, 80, l -> l.booking().getPnr()),
                new Rows.Column<>(Messages.Column_status, 100, l -> status(l.booking().getStatus())),
                new Rows.Column<>(Messages.Column_flights, 320, l -> flights(l.itinerary())),
                new Rows.Column<>(Messages.Column_arrival, 90, l -> DAY.format(l.itinerary().arrivalDate())),
                new Rows.Column<>(Messages.Column_passengers, 80, l -> String.valueOf(l.passengers())),
                new Rows.Column<>(Messages.Column_optionUntil, 130,
                        l -> l.booking().getOptionUntil() == null ? "" : WHEN.format(l.booking().getOptionUntil()),
                        lapsing)));
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(rows.table());
        Label onDeparture = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(onDeparture);
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        Button book = new Button(buttons, SWT.PUSH);
        book.setText(Messages.Book_action);
        Button ticket = new Button(buttons, SWT.PUSH);
        ticket.setText(Messages.Ticket_action);
        Button status = new Button(buttons, SWT.PUSH);
        status.setText(Messages.Move_action);
        PartActions.onlyFor(user, org.homeward.common.security.Permission.BOOK_TRAVEL, buttons); // as the service
        Runnable reload = () -> {
            long caseId = context.caseId();
            Background.read(Messages.Page_job, rows.table(), () -> new Flights(bookings.bookingsOf(caseId).stream()
                    .map(b -> new Line(b, bookings.itinerary(b.getId()), bookings.passengers(b.getId()).size()))
                    .toList(), departures.departuresOf(caseId)), flights -> {
                        rows.show(flights.lines());
                        count.setText(NLS.bind(Messages.Page_count, flights.lines().size()));
                        onDeparture.setText(flights.departures().stream().map(d -> NLS.bind(Messages.Page_departure,
                                new Object[]{d.getLabel(), DAY.format(d.getDepartsOn()), d.isClosed()
                                        ? Messages.Departure_closed
                                        : Messages.Departure_open}))
                                .collect(Collectors.joining("\n")));
                        count.getParent().layout();
                    });
        };
        book.addListener(SWT.Selection, e -> {
            long caseId = context.caseId();
            Background.read(Messages.Page_job, page, () -> households.members(caseId), members -> {
                if (new BookingDialog(page.getShell(), members, bookings).open() == BookingDialog.OK) {
                    reload.run();
                }
            });
        });
        ticket.addListener(SWT.Selection, e -> {
            Line line = rows.selected();
            if (line == null || line.booking().getStatus() != BookingStatus.OPTION) {
                count.setText(Messages.Ticket_chooseOption);
                return;
            }
            Background.read(Messages.Page_job, page, () -> {
                java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
                bookings.passengers(line.booking().getId()).forEach(p -> households.person(p.getPersonId())
                        .ifPresent(x -> names.put(x.getId(), x.getGivenNames() + " " + x.getFamilyName())));
                return names;
            }, names -> {
                if (new TicketDialog(page.getShell(), line.booking(), names, bookings).open() == TicketDialog.OK) {
                    context.caseChanged();
                }
            });
        });
        status.addListener(SWT.Selection, e -> move(page, rows, count, context));
        context.onChange(() -> {
            if (!page.isDisposed()) {
                reload.run();
            }
        });
        reload.run();
        return page;
    }

    /**
     * Cancels, refunds or marks rebooked the chosen booking, as the agency confirmed; flown and no-show
     * come from the day of departure, a ticket from the ticketing dialog.
     */
    private void move(Composite page, Rows<Line> rows, Label count, CaseEditorContext context) {
        Line line = rows.selected();
        List<BookingStatus> allowed = line == null
                ? List.of()
                : line.booking().getStatus().next().stream().filter(MOVES::contains).sorted().toList();
        if (allowed.isEmpty()) {
            count.setText(Messages.Move_none);
            count.getParent().layout();
            return;
        }
        org.homeward.ui.ChoiceDialog<BookingStatus> dialog = new org.homeward.ui.ChoiceDialog<>(page.getShell(),
                Messages.Move_title, NLS.bind(Messages.Move_question, line.booking().getPnr()), allowed,
                FlightsPage::status, null);
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            Booking b = line.booking();
            Background.run(Messages.Move_title, page, () -> bookings.move(b.getId(), b.getVersion(), dialog.chosen()),
                    moved -> context.caseChanged(), failure -> {
                        count.setText(failure.message());
                        count.getParent().layout();
                    });
        }
    }

    /** What the assistant sets by hand. */
    private static final java.util.Set<BookingStatus> MOVES = java.util.EnumSet.of(BookingStatus.CANCELLED,
            BookingStatus.REFUNDED, BookingStatus.REBOOKED);

    /** An option to ticket or release within a day: shown in red. */
    static boolean lapsesWithinADay(Booking b) {
        return b.getStatus() == BookingStatus.OPTION && b.getOptionUntil() != null
                && b.getOptionUntil().isBefore(java.time.Instant.now().plus(java.time.Duration.ofDays(1)));
    }

    /** "AT1402 RBA 14/12 09:00 → CMN 14/12 09:45; ..." in each airport's local time. */
    static String flights(Itinerary itinerary) {
        return itinerary.segments().stream().map(FlightsPage::flight).collect(Collectors.joining("; "));
    }

    private static String flight(Segment s) {
        return s.flight() + " " + s.origin().iata() + " " + TIME.format(s.departsLocal()) + " \u2192 "
                + s.destination().iata() + " " + TIME.format(s.arrivesLocal());
    }

    static String status(BookingStatus s) {
        return switch (s) {
            case OPTION -> Messages.Status_OPTION;
            case TICKETED -> Messages.Status_TICKETED;
            case FLOWN -> Messages.Status_FLOWN;
            case CANCELLED -> Messages.Status_CANCELLED;
            case NO_SHOW -> Messages.Status_NO_SHOW;
            case REFUNDED -> Messages.Status_REFUNDED;
            case REBOOKED -> Messages.Status_REBOOKED;
        };
    }
}
