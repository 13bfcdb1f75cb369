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
    private final Map<Person, Text> escorts = new LinkedHashMap<>();
    private final Map<Person, Text> fitOn = new LinkedHashMap<>();
    private Text pnr;
    private Text agency;
    private Text fare;
    private Text taxes;
    private Text currency;
    private Text donor;
    private Text project;
    private Text optionUntil;
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
        Composite who = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(who);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(who);
        new Label(who, SWT.NONE).setText(Messages.Book_passengers);
        new Label(who, SWT.NONE).setText(Messages.Book_escort);
        new Label(who, SWT.NONE).setText(Messages.Book_fitOn);
        for (Person p : members) {
            Button box = new Button(who, SWT.CHECK);
            box.setText(p.getGivenNames() + " " + p.getFamilyName());
            box.setSelection(true);
            GridDataFactory.fillDefaults().indent(12, 0).applyTo(box);
            travelling.put(p, box);
            Text escort = new Text(who, SWT.BORDER);
            GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(escort);
            escorts.put(p, escort);
            Text fit = new Text(who, SWT.BORDER);
            fit.setMessage("jj/mm/aaaa");
            GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(fit);
            fitOn.put(p, fit);
        }
        pnr = field(area, Messages.Column_pnr, 100);
        agency = field(area, Messages.Column_agency, 240);
        fare = field(area, Messages.Book_fare, 100);
        taxes = field(area, Messages.Book_taxes, 100);
        currency = field(area, Messages.Book_currency, 60);
        currency.setText("MAD");
        donor = field(area, Messages.Book_donor, 160);
        project = field(area, Messages.Book_project, 160);
        optionUntil = field(area, Messages.Column_optionUntil, 140);
        optionUntil.setMessage("jj/mm/aaaa hh:mm");
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

    private static String blankToNull(Text t) {
        return t.getText().isBlank() ? null : t.getText().strip();
    }

    /** An amount typed with a comma or a point; {@code bad} says what is wrong otherwise. */
    private static BigDecimal amount(Text t, String bad) {
        try {
            return t.getText().isBlank() ? null : new BigDecimal(t.getText().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(bad, e);
        }
    }

    private static java.time.LocalDate day(Text t, Person p) {
        try {
            return t.getText().isBlank()
                    ? null
                    : java.time.LocalDate.parse(t.getText().strip(), DeparturesPart.DAY);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Book_badFitOn,
                    p.getGivenNames() + " " + p.getFamilyName()), e);
        }
    }

    /** The option's time limit, typed in this workstation's local time. */
    private java.time.Instant until() {
        if (optionUntil.getText().isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(optionUntil.getText().strip(),
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm"))
                    .atZone(java.time.ZoneId.systemDefault()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.Book_badOptionUntil, e);
        }
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
            for (var e : travelling.entrySet()) {
                Person p = e.getKey();
                if (e.getValue().getSelection()) {
                    passengers.add(new BookingDraft.PassengerDraft(p.getId(), blankToNull(escorts.get(p)),
                            day(fitOn.get(p), p)));
                }
            }
            draft = new BookingDraft(pnr.getText(), agency.getText(), amount(fare, Messages.Book_badFare),
                    amount(taxes, Messages.Book_badTaxes),
                    currency.getText().strip().toUpperCase(java.util.Locale.ROOT),
                    blankToNull(donor), blankToNull(project), until(), FlightLines.parse(flights.getText()),
                    passengers);
        } catch (IllegalArgumentException e) {
            problems.setText(e.getMessage());
            problems.getParent().layout();
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
