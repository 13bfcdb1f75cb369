package org.homeward.movements.core.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.traveldocs.model.DocumentCheck;
import org.homeward.traveldocs.model.service.TravelDocService;

/**
 * The travel documents a person may travel on: their own passport or laissez-passer, and the
 * documents the embassy issued them, as embassy tracking records them.
 */
final class HeldDocuments {

    /** A document's number and expiry (null expiry: none printed). */
    record Held(String number, LocalDate expiresOn) {

        LocalDate validUntil() {
            return expiresOn == null ? LocalDate.MAX : expiresOn;
        }
    }

    private final HouseholdService households;
    private final TravelDocService documents;

    HeldDocuments(HouseholdService households, TravelDocService documents) {
        this.households = households;
        this.documents = documents;
    }

    Stream<Held> of(long personId, long caseId, LocalDate today) {
        Stream<Held> held = households.documents(personId).stream()
                .filter(d -> d.getKind() == DocumentKind.PASSPORT || d.getKind() == DocumentKind.LAISSEZ_PASSER)
                .map(d -> new Held(d.getNumber(), d.getExpiresOn()));
        Stream<Held> issued = documents.requestsOf(caseId, today).stream()
                .flatMap(r -> documents.members(r.request().getId()).stream())
                .filter(m -> m.getPersonId() == personId && m.getDocumentNumber() != null)
                .map(m -> new Held(m.getDocumentNumber(), m.getExpiresOn()));
        return Stream.concat(held, issued);
    }

    /** The document valid the longest, the one the manifest names. */
    Optional<Held> best(long personId, long caseId, LocalDate today) {
        return of(personId, caseId, today).max(Comparator.comparing(Held::validUntil));
    }

    /**
     * Whether one of them is valid until {@code lastDay}: embassy tracking's check finds nothing
     * wrong with it for a departure on that day.
     */
    boolean validUntil(long personId, long caseId, LocalDate lastDay, LocalDate today) {
        return of(personId, caseId, today)
                .anyMatch(h -> DocumentCheck.of(h.validUntil(), lastDay, 0, today).isEmpty());
    }
}
