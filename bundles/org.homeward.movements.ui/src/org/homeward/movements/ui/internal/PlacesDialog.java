package org.homeward.movements.ui.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.movements.model.Airline;
import org.homeward.movements.model.Airport;
import org.homeward.movements.model.ReferenceData;
import org.homeward.movements.model.service.PlacesDirectory;
import org.homeward.ui.Background;
import org.homeward.ui.ProblemLabel;
import org.homeward.ui.Rows;

/**
 * Directories > Airports and airlines: those Homeward ships and the office's own, which add to them or
 * correct them; an entry is chosen in the list and edited below it.
 */
final class PlacesDialog extends TitleAreaDialog {

    /** What the dialog shows: every entry, and the codes that are the office's own. */
    record Contents(ReferenceData all, Set<String> officeAirports, Set<String> officeAirlines) {

        static Contents read(PlacesDirectory places) {
            return new Contents(places.current(),
                    places.officeAirports().stream().map(Airport::iata).collect(Collectors.toSet()),
                    places.officeAirlines().stream().map(Airline::iata).collect(Collectors.toSet()));
        }
    }

    private final PlacesDirectory places;
    private Contents contents;
    private Rows<Airport> airports;
    private Rows<Airline> airlines;
    private Text[] airport;
    private Text[] airline;
    private Label told;

    PlacesDialog(Shell parent, PlacesDirectory places, Contents contents) {
        super(parent);
        this.places = places;
        this.contents = contents;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Places_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Places_title);
        setMessage(Messages.Places_message);
        Composite area = (Composite) super.createDialogArea(parent);
        CTabFolder tabs = new CTabFolder(area, SWT.TOP | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        Composite a = tab(tabs, Messages.Places_airports);
        airports = new Rows<Airport>(a, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Places_iata, 60, Airport::iata),
                new Rows.Column<>(Messages.Column_name, 260, Airport::name),
                new Rows.Column<>(Messages.Places_city, 120, Airport::city),
                new Rows.Column<>(Messages.Recipients_country, 50, Airport::country),
                new Rows.Column<>(Messages.Places_zone, 140, x -> x.zone().getId()),
                new Rows.Column<>(Messages.Places_source, 80, x -> source(contents.officeAirports(), x.iata()))))
                .keyedBy(Airport::iata);
        list(airports);
        airport = new Text[]{text(a, Messages.Places_iata, 60), text(a, Messages.Column_name, 320),
                text(a, Messages.Places_city, 200), text(a, Messages.Recipients_country, 60),
                text(a, Messages.Places_zone, 200)};
        airports.viewer().addSelectionChangedListener(e -> fillAirport(airports.selected()));
        save(a, this::saveAirport);
        Composite l = tab(tabs, Messages.Places_airlines);
        airlines = new Rows<Airline>(l, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Places_iata, 60, Airline::iata),
                new Rows.Column<>(Messages.Column_name, 260, Airline::name),
                new Rows.Column<>(Messages.Places_source, 80, x -> source(contents.officeAirlines(), x.iata()))))
                .keyedBy(Airline::iata);
        list(airlines);
        airline = new Text[]{text(l, Messages.Places_iata, 60), text(l, Messages.Column_name, 320)};
        airlines.viewer().addSelectionChangedListener(e -> fillAirline(airlines.selected()));
        save(l, this::saveAirline);
        tabs.setSelection(0);
        told = ProblemLabel.create(area, 1, 560, 2);
        show();
        return area;
    }

    private static Composite tab(CTabFolder tabs, String title) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        item.setControl(page);
        return page;
    }

    private static void list(Rows<?> rows) {
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 200).applyTo(rows.table());
    }

    private static Text text(Composite page, String label, int width) {
        new Label(page, SWT.NONE).setText(label);
        Text t = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(t);
        return t;
    }

    private static void save(Composite page, Runnable action) {
        new Label(page, SWT.NONE);
        Button b = new Button(page, SWT.PUSH);
        b.setText(Messages.Places_save);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private static String source(Set<String> office, String iata) {
        return office.contains(iata) ? Messages.Places_office : Messages.Places_shipped;
    }

    private void show() {
        airports.show(contents.all().airports());
        airlines.show(contents.all().airlines());
    }

    private void fillAirport(Airport a) {
        if (a != null) {
            String[] v = {a.iata(), a.name(), a.city(), a.country(), a.zone().getId()};
            for (int i = 0; i < v.length; i++) {
                airport[i].setText(v[i]);
            }
        }
    }

    private void fillAirline(Airline a) {
        if (a != null) {
            airline[0].setText(a.iata());
            airline[1].setText(a.name());
        }
    }

    private void saveAirport() {
        ZoneId zone;
        try {
            zone = ZoneId.of(airport[4].getText().strip());
        } catch (DateTimeException e) {
            say(Messages.Places_badZone, SWT.COLOR_DARK_RED);
            return;
        }
        Airport typed = new Airport(airport[0].getText(), airport[1].getText(), airport[2].getText(),
                airport[3].getText(), zone);
        Background.run(Messages.Places_title, told, () -> {
            places.saveAirport(typed);
            return Contents.read(places);
        }, this::saved, failure -> say(failure.message(), SWT.COLOR_DARK_RED));
    }

    private void saveAirline() {
        Airline typed = new Airline(airline[0].getText(), airline[1].getText());
        Background.run(Messages.Places_title, told, () -> {
            places.saveAirline(typed);
            return Contents.read(places);
        }, this::saved, failure -> say(failure.message(), SWT.COLOR_DARK_RED));
    }

    private void saved(Contents fresh) {
        contents = fresh;
        show();
        say(Messages.Recipients_saved, SWT.COLOR_DARK_GREEN);
    }

    private void say(String text, int colour) {
        told.setForeground(told.getDisplay().getSystemColor(colour));
        told.setText(text);
        told.getParent().layout();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Recipients_close, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            setReturnCode(OK);
            close();
        }
    }
}
