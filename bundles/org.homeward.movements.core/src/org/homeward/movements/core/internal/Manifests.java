package org.homeward.movements.core.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Vulnerability;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.model.service.VulnerabilityService;
import org.homeward.movements.core.internal.entity.BookingEntity;
import org.homeward.movements.core.internal.entity.BookingPassengerEntity;
import org.homeward.movements.core.internal.entity.DepartureEntity;
import org.homeward.movements.core.internal.entity.DeparturePassengerEntity;
import org.homeward.movements.model.Itinerary;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.SpecialNeed;
import org.homeward.movements.model.service.PlacesDirectory;
import org.homeward.persistence.Transactions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Builds a departure's manifest: each passenger with their identity (read through the case
 * services), the travel document they travel on, their PNR and ticket, and their special needs.
 */
final class Manifests {

    private final EntityManagerFactory emf;
    private final CaseService cases;
    private final HouseholdService households;
    private final VulnerabilityService screening;
    private final HeldDocuments held;
    private final PlacesDirectory places;

    Manifests(EntityManagerFactory emf, CaseService cases, HouseholdService households, VulnerabilityService screening,
            HeldDocuments held, PlacesDirectory places) {
        this.emf = emf;
        this.places = places;
        this.cases = cases;
        this.households = households;
        this.screening = screening;
        this.held = held;
    }

    Manifest of(long departureId) {
        return Transactions.read(emf, em -> build(em, departureId));
    }

    private Manifest build(EntityManager em, long departureId) {
        DepartureEntity d = em.find(DepartureEntity.class, departureId);
        if (d == null) {
            throw new IllegalArgumentException("no departure " + departureId);
        }
        List<DeparturePassengerEntity> passengers = em.createQuery("SELECT p FROM DeparturePassenger p"
                + " WHERE p.departureId = :d ORDER BY p.bookingId, p.id", DeparturePassengerEntity.class)
                .setParameter("d", departureId).getResultList();
        Map<Long, BookingEntity> bookings = new HashMap<>();
        Map<Long, String> tickets = new HashMap<>();
        for (long b : passengers.stream().map(DeparturePassengerEntity::getBookingId).distinct().toList()) {
            bookings.put(b, em.find(BookingEntity.class, b));
            em.createQuery("SELECT p FROM BookingPassenger p WHERE p.bookingId = :b", BookingPassengerEntity.class)
                    .setParameter("b", b).getResultList()
                    .forEach(p -> tickets.put(p.getPersonId(), p.getTicketNumber()));
        }
        Map<Long, MigrantCase> caseOf = new HashMap<>();
        Map<Long, List<Vulnerability>> flagsOf = new HashMap<>();
        Map<Long, String> escortOf = new HashMap<>();
        em.createQuery("SELECT p FROM BookingPassenger p WHERE p.bookingId IN :b", BookingPassengerEntity.class)
                .setParameter("b", bookings.keySet().isEmpty() ? List.of(-1L) : bookings.keySet()).getResultList()
                .forEach(p -> escortOf.put(p.getPersonId(), p.getEscort()));
        LocalDate today = d.getDepartsOn().isBefore(LocalDate.now()) ? d.getDepartsOn() : LocalDate.now();
        List<ManifestLine> lines = passengers.stream().map(p -> {
            Person person = households.person(p.getPersonId()).orElseThrow();
            MigrantCase c = caseOf.computeIfAbsent(p.getCaseId(), id -> cases.find(id).orElseThrow());
            List<Vulnerability> flags = flagsOf.computeIfAbsent(p.getCaseId(), screening::ofCase);
            var doc = held.best(p.getPersonId(), p.getCaseId(), today);
            return new ManifestLine(p, c.getCaseNumber(), person.getFamilyName(), person.getGivenNames(),
                    person.getDateOfBirth() == null ? "" : person.getDateOfBirth().format(),
                    person.getSex() == null ? "" : person.getSex().name(), person.getNationality(),
                    doc.map(HeldDocuments.Held::number).orElse(null),
                    doc.map(HeldDocuments.Held::expiresOn).orElse(null), bookings.get(p.getBookingId()).getPnr(),
                    tickets.get(p.getPersonId()), needs(p, flags, escortOf.get(p.getPersonId())));
        }).toList();
        Itinerary itinerary = passengers.isEmpty()
                ? new Itinerary(List.of())
                : Itineraries.of(em, places.current(), passengers.get(0).getBookingId());
        return new Manifest(d, lines, itinerary);
    }

    private static Set<SpecialNeed> needs(DeparturePassengerEntity p, List<Vulnerability> flags, String escort) {
        Set<SpecialNeed> needs = EnumSet.noneOf(SpecialNeed.class);
        Set<VulnerabilityType> types = EnumSet.noneOf(VulnerabilityType.class);
        flags.stream().filter(v -> v.getPersonId() == p.getPersonId()).map(Vulnerability::getType)
                .forEach(types::add);
        if (p.isWheelchair()) {
            needs.add(SpecialNeed.WHEELCHAIR);
        }
        if (types.contains(VulnerabilityType.MEDICAL_CONDITION) && escort != null) {
            needs.add(SpecialNeed.MEDICAL_ESCORT);
        }
        if (types.contains(VulnerabilityType.UNACCOMPANIED_OR_SEPARATED_CHILD)) {
            needs.add(SpecialNeed.UNACCOMPANIED_MINOR);
        }
        if (types.contains(VulnerabilityType.PREGNANCY)) {
            needs.add(SpecialNeed.PREGNANCY);
        }
        return needs;
    }
}
