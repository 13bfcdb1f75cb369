package org.homeward.movements.core.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.homeward.common.office.OfficeProfile;
import org.homeward.movements.core.internal.sheet.Sheet;
import org.homeward.movements.model.Itinerary;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.Segment;
import org.homeward.movements.model.service.RecipientDirectory;

/** The sheets of a departure's documents, from its manifest, in French with Arabic where the migrant reads it. */
final class DepartureSheets {

    private static final DateTimeFormatter DAY = DepartureDocumentsImpl.DAY;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final Manifest manifest;
    private final OfficeProfile office;
    private final RecipientDirectory directory;
    private final LongFunction<Itinerary> itineraries;
    private final Templates fr;
    private final Templates ar;
    private final OfficeDocuments plugins;

    DepartureSheets(Manifest manifest, OfficeProfile office, RecipientDirectory directory,
            LongFunction<Itinerary> itineraries, OfficeDocuments plugins) {
        this.manifest = manifest;
        this.plugins = plugins;
        this.fr = plugins.french();
        this.ar = plugins.arabic();
        this.office = office;
        this.directory = directory;
        this.itineraries = itineraries;
    }

    private LocalDate day() {
        return manifest.departure().getDepartsOn();
    }

    /** The declaration of voluntary return, French and Arabic side by side, signed by the case's principal. */
    Sheet declaration(List<ManifestLine> lines) {
        ManifestLine p = lines.get(0);
        String arrival = arrivalCountry(p);
        Sheet s = new Sheet(fr.text("declaration.title") + " / " + ar.text("declaration.title"), false);
        if (!fr.text("declaration.reference").isEmpty()) {
            s.pair(fr.text("declaration.reference"), ar.text("declaration.reference"));
        }
        s.pair(fr.text("declaration.text", p.name(), p.dateOfBirth(), fr.country(p.nationality()),
                office.letterName("fr"), fr.country(arrival)),
                ar.text("declaration.text", p.name(), p.dateOfBirth(), ar.country(p.nationality()),
                        office.letterName("ar"), ar.country(arrival)));
        s.pair(fr.text("declaration.informed"), ar.text("declaration.informed"));
        if (lines.size() > 1) {
            s.pair(fr.text("declaration.household"), ar.text("declaration.household"));
            s.table(List.of("", ""), lines.subList(1, lines.size()).stream()
                    .map(l -> List.of(l.name(), l.dateOfBirth())).toList());
        }
        String city = office.city();
        s.pair(fr.text("declaration.place", city, DAY.format(LocalDate.now())),
                ar.text("declaration.place", city, DAY.format(LocalDate.now())));
        s.signatures(fr.text("declaration.migrant") + "\n" + ar.text("declaration.migrant"),
                fr.text("declaration.witness", office.officeName()) + "\n"
                        + ar.text("declaration.witness", office.officeName()));
        return s;
    }

    private String arrivalCountry(ManifestLine line) {
        Itinerary it = itineraries.apply(line.passenger().getBookingId());
        return it.segments().isEmpty()
                ? line.nationality()
                : it.segments().get(it.segments().size() - 1).destination().country();
    }

    Sheet checklist(List<ManifestLine> lines) {
        Sheet s = new Sheet(fr.text("checklist.title", lines.get(0).caseNumber()), false);
        for (ManifestLine l : lines) {
            s.heading(l.name());
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(fr.text("checklist.ticket", l.ticketNumber() == null ? "" : l.ticketNumber()),
                    state(l.ticketNumber() != null)));
            rows.add(List.of(l.documentNumber() == null
                    ? fr.text("checklist.noDocument")
                    : fr.text("checklist.document", l.documentNumber(),
                            l.documentExpiresOn() == null ? "" : DAY.format(l.documentExpiresOn())),
                    state(l.passenger().isDocumentsInHand())));
            rows.add(List.of(fr.text("checklist.fit"), state(l.passenger().isFitToTravel())));
            rows.add(List.of(fr.text("checklist.money"), state(l.passenger().getReceiptNumber() != null)));
            rows.add(List.of(fr.text("checklist.declaration"), fr.text("checklist.todo")));
            if (!l.needs().isEmpty()) {
                rows.add(List.of(fr.text("checklist.needs", needs(l)), ""));
            }
            s.table(List.of(fr.text("checklist.item"), fr.text("checklist.state")), rows);
        }
        return s;
    }

    private String state(boolean done) {
        return fr.text(done ? "checklist.done" : "checklist.todo");
    }

    private String needs(ManifestLine l) {
        return l.needs().stream().sorted().map(n -> fr.text("need." + n.name())).collect(Collectors.joining(", "));
    }

    /** The migrant's travel information: flights in local times, transits, who meets them. */
    Sheet travelSheet(List<ManifestLine> lines) {
        ManifestLine p = lines.get(0);
        Itinerary it = itineraries.apply(p.passenger().getBookingId());
        Sheet s = new Sheet(fr.text("sheet.title"), false);
        s.paragraph(fr.text("sheet.hello", lines.stream().map(ManifestLine::name).collect(Collectors.joining(", ")),
                DAY.format(day())));
        s.table(List.of(fr.text("sheet.flight"), fr.text("sheet.from"), fr.text("sheet.to")),
                it.segments().stream().map(DepartureSheets::flightRow).toList());
        for (int i = 1; i < it.segments().size(); i++) {
            Segment before = it.segments().get(i - 1);
            Duration wait = Duration.between(before.arrivesAt(), it.segments().get(i).departsAt());
            s.paragraph(fr.text("sheet.transit", before.destination().city(),
                    String.format("%dh%02d", wait.toHours(), wait.toMinutesPart())));
        }
        String contact = DepartureDocumentsImpl.contact(directory, arrivalCountry(p));
        s.paragraph(contact == null ? fr.text("sheet.nobody") : fr.text("sheet.meet", contact));
        return s;
    }

    static List<String> flightRow(Segment g) {
        return List.of(g.flight(), g.origin().city() + " (" + g.origin().iata() + ") " + TIME.format(g.departsLocal()),
                g.destination().city() + " (" + g.destination().iata() + ") " + TIME.format(g.arrivesLocal()));
    }

    /** A receipt per passenger who received pocket money, named by the passenger. */
    List<Map.Entry<String, Sheet>> receipts(List<ManifestLine> lines) {
        List<Map.Entry<String, Sheet>> receipts = new ArrayList<>();
        for (ManifestLine l : lines) {
            var money = l.passenger().getPocketMoney();
            if (money != null && money.signum() > 0) {
                Sheet s = new Sheet(fr.text("receipt.title"), false);
                s.paragraph(fr.text("receipt.number", l.passenger().getReceiptNumber()));
                s.paragraph(fr.text("receipt.text", l.name(), office.officeName(), money.toPlainString(),
                        office.currency()));
                s.paragraph(fr.text("declaration.place", office.city(), DAY.format(LocalDate.now())));
                s.signatures(fr.text("declaration.migrant"), fr.text("declaration.witness", office.officeName()));
                receipts.add(new AbstractMap.SimpleEntry<>(l.name(), s));
            }
        }
        return receipts;
    }

    /** The forms the office plugin declares, for one case, each with its type and title. */
    List<DepartureDocumentsImpl.Generated> forms(List<ManifestLine> lines) {
        List<DepartureDocumentsImpl.Generated> forms = new ArrayList<>();
        for (var form : plugins.forms()) {
            var c = form.content(manifest, lines, itineraries);
            Sheet s = new Sheet(c.title(), false);
            c.paragraphs().forEach(s::paragraph);
            if (!c.headers().isEmpty()) {
                s.table(c.headers(), c.rows());
            }
            if (!c.signatures().isEmpty()) {
                s.signatures(c.signatures().toArray(String[]::new));
            }
            forms.add(new DepartureDocumentsImpl.Generated(form.type(), form.title(), "fr", s));
        }
        return forms;
    }

    Sheet manifest() {
        Sheet s = new Sheet(fr.text("manifest.title", manifest.departure().getLabel(), DAY.format(day())), false);
        s.table(List.of(fr.text("sheet.flight"), fr.text("sheet.from"), fr.text("sheet.to")),
                manifest.itinerary().segments().stream().map(DepartureSheets::flightRow).toList());
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ManifestLine l : manifest.lines()) {
            rows.add(List.of(String.valueOf(++n), l.caseNumber(), l.familyName(), l.givenNames(), l.dateOfBirth(),
                    fr.country(l.nationality()), l.documentNumber() == null ? "" : l.documentNumber(),
                    l.documentExpiresOn() == null ? "" : DAY.format(l.documentExpiresOn()),
                    l.pnr() == null ? "" : l.pnr(), l.ticketNumber() == null ? "" : l.ticketNumber(), needs(l),
                    yes(l.passenger().isDocumentsInHand()), yes(l.passenger().isFitToTravel()),
                    l.passenger().getPocketMoney() == null ? "" : l.passenger().getPocketMoney().toPlainString(),
                    fr.text("outcome." + l.passenger().getOutcome().name())));
        }
        s.table(List.of(fr.text("manifest.header").split("\\|")), rows);
        return s;
    }

    private String yes(boolean b) {
        return fr.text(b ? "yes" : "no");
    }
}
