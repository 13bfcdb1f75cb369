package org.homeward.country.ma.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import org.homeward.common.office.OfficeProfile;
import org.homeward.movements.model.Itinerary;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.Segment;
import org.homeward.movements.model.spi.DepartureForm;
import org.homeward.movements.model.spi.FormContent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The list of a case's departing persons the Rabat office hands to the border police (Direction Générale
 * de la Sûreté Nationale) at the airport: who leaves, on which travel document and which flight.
 */
@Component(property = "country=MA")
public class MoroccanBorderForm implements DepartureForm {

    static final String TYPE = "ma.border-list";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final OfficeProfile office;

    @Activate
    public MoroccanBorderForm(@Reference(target = "(country=MA)") OfficeProfile office) {
        this.office = office;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String title() {
        return "Liste nominative pour le contr\u00f4le aux fronti\u00e8res (DGSN)";
    }

    @Override
    public FormContent content(Manifest manifest, List<ManifestLine> lines, LongFunction<Itinerary> itineraries) {
        Itinerary trip = itineraries.apply(lines.get(0).passenger().getBookingId());
        String flight = trip.segments().isEmpty() ? "" : flight(trip.segments().get(0));
        return new FormContent("Direction G\u00e9n\u00e9rale de la S\u00fbret\u00e9 Nationale \u2014 d\u00e9part"
                + " volontaire, dossier " + lines.get(0).caseNumber(),
                List.of(office.letterName("fr") + " (" + office.city() + ") organise le retour volontaire des"
                        + " personnes ci-dessous, d\u00e9part du " + DAY.format(manifest.departure().getDepartsOn())
                        + (flight.isEmpty() ? "." : ", vol " + flight + ".")),
                List.of("Nom", "Pr\u00e9nom(s)", "Date de naissance", "Nationalit\u00e9", "Document de voyage",
                        "Valable jusqu\u2019au"),
                lines.stream().map(l -> List.of(l.familyName(), l.givenNames(), l.dateOfBirth(),
                        Locale.of("", l.nationality()).getDisplayCountry(Locale.FRENCH),
                        l.documentNumber() == null ? "" : l.documentNumber(),
                        l.documentExpiresOn() == null ? "" : DAY.format(l.documentExpiresOn()))).toList(),
                List.of("Pour " + office.officeName() + " : nom, signature et cachet",
                        "Visa du contr\u00f4le aux fronti\u00e8res"));
    }

    private static String flight(Segment s) {
        return s.flight() + " " + s.origin().iata() + " \u2192 " + s.destination().iata() + " "
                + TIME.format(s.departsLocal());
    }
}
