package org.homeward.movements.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.cases.model.Person;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingDraft;
import org.homeward.movements.model.service.BookingService;
import org.homeward.ui.Background;
import org.homeward.ui.DialogLabels;
import org.homeward.ui.ProblemLabel;

/** Records the option an agency confirmed: the household members travelling, the flights, PNR and fare. */
final class BookingDialog extends Dialog {

    private final List<Person> members;
    private final BookingService bookings;
    private final Map<Person, Button> travelling = new LinkedHashMap<>();
    private Text pnr;
    private Text agency;
    private Text fare;
    private Text currency;
    private Text flights;
    private Label problems;
    private boolean saving;

    BookingDialog(Shell parent, List<Person> members, BookingService bookings) {
        super(parent);
        this.members = members;
        this.bookings = bookings;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Book_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label who = new Label(area, SWT.NONE);
        who.setText(Messages.Book_passengers);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(who);
        for (Person p : members) {
            Button box = new Button(area, SWT.CHECK);
            box.setText(p.getGivenNames() + " " + p.getFamilyName());
            box.setSelection(true);
            GridDataFactory.fillDefaults().span(2, 1).indent(12, 0).applyTo(box);
            travelling.put(p, box);
        }
        pnr = field(area, Messages.Column_pnr, 100);
        agency = field(area, Messages.Column_agency, 240);
        fare = field(area, Messages.Book_fare, 100);
        currency = field(area, Messages.Book_currency, 60);
        currency.setText("MAD");
        Label f = new Label(area, SWT.WRAP);
        f.setText(Messages.Book_flights);
        GridDataFactory.fillDefaults().span(2, 1).hint(460, SWT.DEFAULT).applyTo(f);
        flights = new Text(area, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        flights.setMessage("AT 1402 RBA CMN 16/12/2026 09:00 16/12/2026 09:45");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(460, 70).applyTo(flights);
        problems = ProblemLabel.create(area, 2, 460, 3);
        return area;
    }

    private static Text field(Composite area, String label, int width) {
        new Label(area, SWT.NONE).setText(label);
        Text t = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(t);
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, DialogLabels.ok(), true);
        createButton(parent, IDialogConstants.CANCEL_ID, DialogLabels.cancel(), false);
    }

    @Override
    protected void okPressed() {
        if (saving) {
            return;
        }
        BookingDraft draft;
        try {
            List<BookingDraft.PassengerDraft> passengers = new ArrayList<>();
            travelling.forEach((p, box) -> {
                if (box.getSelection()) {
                    passengers.add(new BookingDraft.PassengerDraft(p.getId(), null, null));
                }
            });
            BigDecimal amount = fare.getText().isBlank()
                    ? null
                    : new BigDecimal(fare.getText().strip().replace(',', '.'));
            draft = new BookingDraft(pnr.getText(), agency.getText(), amount, null,
                    currency.getText().strip().toUpperCase(java.util.Locale.ROOT), null, null, null,
                    FlightLines.parse(flights.getText()), passengers);
        } catch (NumberFormatException e) {
            problems.setText(Messages.Book_badFare);
            return;
        } catch (ValidationException e) {
            problems.setText(Background.failure(e).message());
            return;
        }
        saving = true;
        Background.<Booking>run(Messages.Book_title, problems, () -> bookings.book(draft), b -> {
            saving = false;
            super.okPressed();
        }, failure -> {
            saving = false;
            problems.setText(failure.message());
            problems.getParent().layout();
        });
    }
}
