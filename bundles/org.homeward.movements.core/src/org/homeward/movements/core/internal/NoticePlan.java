package org.homeward.movements.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.Recipient;
import org.homeward.common.authorities.Authority;
import org.homeward.common.authorities.AuthorityDirectory;
import org.homeward.common.office.OfficeProfile;
import org.homeward.common.validation.RefusedException;
import org.homeward.movements.model.Itinerary;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotifyRecipient;
import org.homeward.movements.model.Segment;
import org.homeward.movements.model.service.RecipientDirectory;

/**
 * Who is told of a departure, and of whom: the mission of each country of arrival (its passengers),
 * the mission of each transit country (the passengers transiting there), each authority the office
 * plugin declares (every passenger). A mission missing from the directory is named, for the
 * administrator to add.
 */
final class NoticePlan {

    /** A letter to write: to whom, under which consent scope, naming which passengers. */
    record Planned(NotificationKind kind, String name, String email, String contact, Recipient scope,
            List<ManifestLine> lines) {
    }

    private final Manifest manifest;
    private final RecipientDirectory directory;
    private final List<AuthorityDirectory> authorities;
    private final OfficeProfile office;
    private final LongFunction<Itinerary> itineraries;

    NoticePlan(Manifest manifest, RecipientDirectory directory, List<AuthorityDirectory> authorities,
            OfficeProfile office, LongFunction<Itinerary> itineraries) {
        this.manifest = manifest;
        this.directory = directory;
        this.authorities = authorities;
        this.office = office;
        this.itineraries = itineraries;
    }

    List<Planned> plans() throws RefusedException {
        Map<String, List<ManifestLine>> arriving = new LinkedHashMap<>();
        Map<String, List<ManifestLine>> transiting = new LinkedHashMap<>();
        for (ManifestLine l : manifest.lines()) {
            List<Segment> legs = itineraries.apply(l.passenger().getBookingId()).segments();
            if (legs.isEmpty()) {
                continue;
            }
            String arrival = legs.get(legs.size() - 1).destination().country();
            arriving.computeIfAbsent(arrival, k -> new ArrayList<>()).add(l);
            legs.subList(0, legs.size() - 1).stream().map(s -> s.destination().country()).distinct()
                    .filter(c -> !c.equals(arrival) && !c.equals(office.countryCode()))
                    .forEach(c -> transiting.computeIfAbsent(c, k -> new ArrayList<>()).add(l));
        }
        List<Planned> plans = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        arriving.forEach((country, lines) -> mission(NotificationKind.MISSION_OF_ORIGIN, country).ifPresentOrElse(
                r -> plans.add(new Planned(NotificationKind.MISSION_OF_ORIGIN, r.name(), blank(r.email()),
                        r.contact(), Recipient.MISSION_OF_ORIGIN, lines)),
                () -> missing.add(NLS.bind(Messages.Notice_noMission, Templates.FRENCH.country(country)))));
        transiting.forEach((country, lines) -> mission(NotificationKind.TRANSIT_MISSION, country).ifPresentOrElse(
                r -> plans.add(new Planned(NotificationKind.TRANSIT_MISSION, r.name(), blank(r.email()), null,
                        Recipient.MISSION_OF_ORIGIN, lines)),
                () -> missing.add(NLS.bind(Messages.Notice_noTransitMission, Templates.FRENCH.country(country)))));
        if (!missing.isEmpty()) {
            throw new RefusedException(missing);
        }
        for (AuthorityDirectory d : authorities) {
            for (Authority a : d.authorities()) {
                String name = a.name() + " \u2014 " + a.department();
                String email = directory.find(NotificationKind.HOST_AUTHORITY, a.name()).map(NotifyRecipient::email)
                        .map(NoticePlan::blank).orElse(null);
                plans.add(new Planned(NotificationKind.HOST_AUTHORITY, name, email, null, Recipient.HOST_AUTHORITIES,
                        manifest.lines()));
            }
        }
        return plans;
    }

    /** The mission for a country: a transit mission falls back on the country's mission of origin entry. */
    private Optional<NotifyRecipient> mission(NotificationKind kind, String country) {
        Optional<NotifyRecipient> found = directory.find(kind, country);
        return found.isPresent() || kind == NotificationKind.MISSION_OF_ORIGIN
                ? found
                : directory.find(NotificationKind.MISSION_OF_ORIGIN, country);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
