package org.homeward.movements.ui.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.service.BookingService;
import org.homeward.ui.Background;
import org.homeward.ui.DialogLabels;
import org.homeward.ui.ProblemLabel;

/** Tickets an option: each passenger's ticket number; the service's guards say who cannot travel yet. */
final class TicketDialog extends Dialog {

    private final Booking booking;
    private final Map<Long, String> names;
    private final BookingService bookings;
    private final Map<Long, Text> numbers = new LinkedHashMap<>();
    private Label problems;

    /** @param names the passengers' names by person id */
    TicketDialog(Shell parent, Booking booking, Map<Long, String> names, BookingService bookings) {
        super(parent);
        this.booking = booking;
        this.names = names;
        this.bookings = bookings;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Ticket_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        names.forEach((id, name) -> {
            new Label(area, SWT.NONE).setText(name);
            Text t = new Text(area, SWT.BORDER);
            GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(t);
            numbers.put(id, t);
        });
        problems = ProblemLabel.create(area, 2, 420, 4);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, DialogLabels.ok(), true);
        createButton(parent, IDialogConstants.CANCEL_ID, DialogLabels.cancel(), false);
    }

    @Override
    protected void okPressed() {
        Map<Long, String> tickets = new HashMap<>();
        numbers.forEach((id, t) -> tickets.put(id, t.getText()));
        Background.<Booking>run(Messages.Ticket_title, problems,
                () -> bookings.ticket(booking.getId(), booking.getVersion(), tickets), b -> super.okPressed(),
                failure -> {
                    problems.setText(failure.message());
                    problems.getParent().layout();
                });
    }

}
