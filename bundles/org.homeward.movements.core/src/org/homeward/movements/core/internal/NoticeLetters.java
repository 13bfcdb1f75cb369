package org.homeward.movements.core.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.Vulnerability;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.common.office.OfficeProfile;
import org.homeward.movements.core.internal.sheet.Sheet;
import org.homeward.movements.model.Itinerary;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.NotificationKind;

/**
 * The letters that tell of a departure: to a mission (of origin or of transit) or to an authority,
 * with the passengers it concerns and, for the mission of origin, only the vulnerability and medical
 * details each case's consent allows. Each letter says which fields of each person it holds.
 */
final class NoticeLetters {

    /** Which vulnerabilities fall under which consented detail. */
    static final Map<ConsentDetail, Set<VulnerabilityType>> DETAILS = Map.of(ConsentDetail.VULNERABILITIES,
            EnumSet.of(VulnerabilityType.UNACCOMPANIED_OR_SEPARATED_CHILD, VulnerabilityType.TRAFFICKING_VICTIM,
                    VulnerabilityType.DISABILITY, VulnerabilityType.ELDERLY, VulnerabilityType.GBV_SURVIVOR),
            ConsentDetail.MEDICAL, EnumSet.of(VulnerabilityType.MEDICAL_CONDITION, VulnerabilityType.PREGNANCY,
                    VulnerabilityType.MENTAL_HEALTH_NEED));

    /** A letter and, per passenger, the fields it holds of them. */
    record Letter(Sheet sheet, Map<ManifestLine, String> fields) {
    }

    private final Templates fr;
    private final Manifest manifest;
    private final OfficeProfile office;
    private final LongFunction<Itinerary> itineraries;

    NoticeLetters(Manifest manifest, OfficeProfile office, LongFunction<Itinerary> itineraries,
            OfficeDocuments plugins) {
        this.fr = plugins.french();
        this.manifest = manifest;
        this.office = office;
        this.itineraries = itineraries;
    }

    /**
     * @param details by case, what its consent lets the mission of origin read (ignored for others)
     * @param flags by case, its persons' vulnerabilities
     */
    Letter letter(NotificationKind kind, String recipient, String contact, List<ManifestLine> lines,
            Map<Long, Set<ConsentDetail>> details, Map<Long, List<Vulnerability>> flags) {
        Sheet s = new Sheet(fr.text("notice.title", manifest.departure().getLabel(),
                DepartureDocumentsImpl.DAY.format(manifest.departure().getDepartsOn())), false);
        s.paragraph(fr.text("notice.to", recipient));
        s.paragraph(fr.text(switch (kind) {
            case MISSION_OF_ORIGIN -> "notice.mission";
            case TRANSIT_MISSION -> "notice.transit";
            case HOST_AUTHORITY -> "notice.authority";
        }, office.letterName("fr")));
        Itinerary first = itineraries.apply(lines.get(0).passenger().getBookingId());
        s.table(List.of(fr.text("sheet.flight"), fr.text("sheet.from"), fr.text("sheet.to")),
                first.segments().stream().map(DepartureSheets::flightRow).toList());
        List<String> headers = new ArrayList<>(List.of(fr.text("notice.header").split("\\|")));
        boolean withDetails = kind == NotificationKind.MISSION_OF_ORIGIN;
        if (withDetails) {
            headers.add(fr.text("notice.details"));
        }
        Map<ManifestLine, String> shared = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (ManifestLine l : lines) {
            List<String> row = new ArrayList<>(List.of(l.familyName(), l.givenNames(), l.dateOfBirth(), l.sex(),
                    fr.country(l.nationality()), l.documentNumber() == null ? "" : l.documentNumber(),
                    l.caseNumber()));
            List<String> fields = new ArrayList<>(List.of(fr.text("field.name"), fr.text("field.dateOfBirth"),
                    fr.text("field.sex"), fr.text("field.nationality"), fr.text("field.document"),
                    fr.text("field.flights")));
            if (withDetails) {
                Set<ConsentDetail> allowed = details.getOrDefault(l.passenger().getCaseId(), Set.of());
                List<String> told = flags.getOrDefault(l.passenger().getCaseId(), List.of()).stream()
                        .filter(v -> v.getPersonId() == l.passenger().getPersonId())
                        .map(Vulnerability::getType)
                        .filter(t -> allowed.stream().anyMatch(d -> DETAILS.get(d).contains(t)))
                        .map(t -> fr.text("vuln." + t.name())).toList();
                row.add(told.isEmpty() ? fr.text("notice.none") : String.join(", ", told));
                allowed.stream().sorted().forEach(d -> fields.add(fr.text("field." + d.name())));
            }
            rows.add(row);
            shared.put(l, String.join(", ", fields));
        }
        s.table(headers, rows);
        if (contact != null && !contact.isBlank()) {
            s.paragraph(fr.text("notice.contact", contact));
        }
        s.signatures(office.letterName("fr"));
        return new Letter(s, shared);
    }

    String subject(String recipient) {
        return fr.text("notice.title", manifest.departure().getLabel(),
                DepartureDocumentsImpl.DAY.format(manifest.departure().getDepartsOn())) + " \u2014 " + recipient;
    }

    String body(int persons) {
        return fr.text("notice.body", manifest.departure().getLabel(),
                DepartureDocumentsImpl.DAY.format(manifest.departure().getDepartsOn()), persons);
    }
}
