package org.homeward.movements.core.internal;

import org.homeward.common.security.Permission;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.model.service.VulnerabilityService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.core.internal.entity.BookingEntity;
import org.homeward.movements.core.internal.entity.BookingPassengerEntity;
import org.homeward.movements.core.internal.entity.BookingSegmentEntity;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingDraft;
import org.homeward.movements.model.BookingPassenger;
import org.homeward.movements.model.BookingStatus;
import org.homeward.movements.model.Itinerary;
import org.homeward.movements.model.Segment;
import org.homeward.movements.model.service.BookingService;
import org.homeward.movements.model.service.PlacesDirectory;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Views;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Bookings on JPA: the itinerary checked against the shipped airports and airlines in their time
 * zones, the ticketing guards, each change audited in its transaction.
 */
@Component(service = BookingService.class)
public class BookingServiceImpl implements BookingService {

    static final String ENTITY = "Booking";

    /** The office's default minimum connection time, until offices set their own. */
    static final Duration MINIMUM_CONNECTION = Duration.ofMinutes(90);

    private final EntityManagerFactory emf;
    private final HouseholdService households;
    private final AuditService auditing;
    private final CurrentUser user;
    private final Clock clock;
    private final TicketGuards guards;
    private final PlacesDirectory places;

    @org.osgi.service.component.annotations.Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL, policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.osgi.service.event.EventAdmin events;

    @Activate
    public BookingServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "cases") CaseService cases, @Reference(name = "households") HouseholdService households,
            @Reference(name = "screening") VulnerabilityService screening,
            @Reference(name = "documents") TravelDocService documents, @Reference(name = "audit") AuditService audit,
            @Reference(name = "currentUser") CurrentUser user, @Reference(name = "places") PlacesDirectory places) {
        this(emf, cases, households, screening, documents, audit, user, places, Clock.systemDefaultZone());
    }

    BookingServiceImpl(EntityManagerFactory emf, CaseService cases, HouseholdService households,
            VulnerabilityService screening, TravelDocService documents, AuditService audit, CurrentUser user,
            PlacesDirectory places, Clock clock) {
        this.emf = emf;
        this.places = places;
        this.households = households;
        this.auditing = audit;
        this.user = user;
        this.clock = clock;
        this.guards = new TicketGuards(cases, households, screening, documents);
    }

    @Override
    public Booking book(BookingDraft draft) throws ValidationException {
        user.require(Permission.BOOK_TRAVEL);
        List<FieldProblem> problems = new ArrayList<>();
        Itinerary itinerary = itinerary(draft.segments(), problems);
        if (draft.passengers().isEmpty()) {
            problems.add(new FieldProblem(BookingDraft.PASSENGERS, Messages.Booking_noPassenger));
        }
        if (draft.optionUntil() != null && !draft.optionUntil().isAfter(clock.instant())) {
            problems.add(new FieldProblem(BookingDraft.OPTION_UNTIL, Messages.Booking_optionPast));
        }
        if (draft.currency() == null || !draft.currency().strip().matches("[A-Z]{3}")) {
            problems.add(new FieldProblem(BookingDraft.CURRENCY, Messages.Booking_currency));
        }
        List<Person> persons = new ArrayList<>();
        for (BookingDraft.PassengerDraft p : draft.passengers()) {
            households.person(p.personId()).ifPresentOrElse(persons::add, () -> problems.add(
                    new FieldProblem(BookingDraft.PASSENGERS, NLS.bind(Messages.Booking_noPerson, p.personId()))));
        }
        if (itinerary != null) {
            for (Itinerary.Fault f : itinerary.faults(MINIMUM_CONNECTION)) {
                problems.add(new FieldProblem(BookingDraft.SEGMENTS, fault(f, itinerary)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return Transactions.inTransaction(emf, em -> {
            ChangePosts.afterCommit(emf, () -> events);
            BookingEntity b = new BookingEntity(clean(draft.pnr()), clean(draft.agency()), draft.fare(), draft.taxes(),
                    draft.currency().strip(), clean(draft.donor()), clean(draft.projectCode()), draft.optionUntil(),
                    clock.instant(), user.name());
            em.persist(b);
            em.flush();
            int leg = 0;
            for (BookingDraft.SegmentDraft s : draft.segments()) {
                em.persist(new BookingSegmentEntity(b.getId(), leg++, s.airline(), s.flightNumber().strip(),
                        s.origin(), s.destination(), s.departsLocal(), s.arrivesLocal()));
            }
            AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
            for (int i = 0; i < persons.size(); i++) {
                Person p = persons.get(i);
                BookingDraft.PassengerDraft d = draft.passengers().get(i);
                em.persist(new BookingPassengerEntity(b.getId(), p.getCaseId(), p.getId(), clean(d.escort()),
                        d.fitToTravelOn()));
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("status", BookingStatus.OPTION);
                fields.put("person", p.getGivenNames() + " " + p.getFamilyName());
                fields.put("flights", itinerary.segments().stream().map(Segment::flight).toList());
                fields.put("pnr", b.getPnr());
                audit.created(p.getCaseId(), ENTITY, b.getId(), fields);
            }
            return b;
        });
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The draft's flights with their airlines and airports; null (with problems named) when one is unknown. */
    private Itinerary itinerary(List<BookingDraft.SegmentDraft> drafts, List<FieldProblem> problems) {
        if (drafts.isEmpty()) {
            problems.add(new FieldProblem(BookingDraft.SEGMENTS, Messages.Booking_noFlight));
            return null;
        }
        List<Segment> segments = new ArrayList<>();
        for (BookingDraft.SegmentDraft d : drafts) {
            String flight = d.airline() + d.flightNumber();
            var airline = places.current().airline(d.airline());
            var from = places.current().airport(d.origin());
            var to = places.current().airport(d.destination());
            if (airline.isEmpty()) {
                problems.add(new FieldProblem(BookingDraft.SEGMENTS,
                        NLS.bind(Messages.Booking_unknownAirline, flight, d.airline())));
            }
            for (var airport : List.of(Map.entry(d.origin(), from), Map.entry(d.destination(), to))) {
                if (airport.getValue().isEmpty()) {
                    problems.add(new FieldProblem(BookingDraft.SEGMENTS,
                            NLS.bind(Messages.Booking_unknownAirport, flight, airport.getKey())));
                }
            }
            if (airline.isPresent() && from.isPresent() && to.isPresent()) {
                segments.add(new Segment(airline.get(), d.flightNumber(), from.get(), to.get(), d.departsLocal(),
                        d.arrivesLocal()));
            }
        }
        return segments.size() == drafts.size() ? new Itinerary(segments) : null;
    }

    private static String fault(Itinerary.Fault f, Itinerary itinerary) {
        String flight = itinerary.segments().get(f.segment()).flight();
        return switch (f.problem()) {
            case LANDS_BEFORE_TAKE_OFF -> NLS.bind(Messages.Booking_landsBeforeTakeOff, flight);
            case NOT_CONNECTED -> NLS.bind(Messages.Booking_notConnected, flight);
            case CONNECTION_TOO_SHORT -> NLS.bind(Messages.Booking_connectionTooShort, flight,
                    MINIMUM_CONNECTION.toMinutes());
        };
    }

    @Override
    public Booking ticket(long bookingId, long expectedVersion, Map<Long, String> ticketNumbers)
            throws ValidationException, RefusedException, ConflictException {
        user.require(Permission.BOOK_TRAVEL);
        Itinerary itinerary = itinerary(bookingId);
        LocalDate lastDay = itinerary.travelDates().last();
        try {
            return Transactions.<BookingEntity, Exception>inTransaction(emf, em -> {
                ChangePosts.afterCommit(emf, () -> events);
                BookingEntity b = current(em, bookingId, expectedVersion);
                if (b.getStatus() != BookingStatus.OPTION) {
                    throw new RefusedException(List.of(Messages.Ticket_notOption));
                }
                List<BookingPassengerEntity> passengers = passengersOf(em, bookingId);
                List<FieldProblem> missing = new ArrayList<>();
                for (BookingPassengerEntity p : passengers) {
                    String number = ticketNumbers.get(p.getPersonId());
                    if (number == null || number.isBlank()) {
                        Person person = households.person(p.getPersonId()).orElseThrow();
                        missing.add(
                                new FieldProblem("ticket." + p.getPersonId(), NLS.bind(Messages.Ticket_numberMissing,
                                        person.getGivenNames() + " " + person.getFamilyName())));
                    }
                }
                if (!missing.isEmpty()) {
                    throw new ValidationException(missing);
                }
                List<String> unmet = guards.unmet(passengers, lastDay, LocalDate.now(clock));
                if (!unmet.isEmpty()) {
                    throw new RefusedException(unmet);
                }
                AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
                for (BookingPassengerEntity p : passengers) {
                    String number = ticketNumbers.get(p.getPersonId()).strip();
                    audit.updated(p.getCaseId(), ENTITY, bookingId, "ticket", null, number);
                    audit.updated(p.getCaseId(), ENTITY, bookingId, "status", b.getStatus(), BookingStatus.TICKETED);
                    p.ticketed(number);
                }
                b.moveTo(BookingStatus.TICKETED);
                return b;
            });
        } catch (ValidationException | RefusedException | ConflictException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // the work throws no other checked exception
        }
    }

    @Override
    public Booking move(long bookingId, long expectedVersion, BookingStatus to)
            throws RefusedException, ConflictException {
        user.require(Permission.BOOK_TRAVEL);
        try {
            return Transactions.<BookingEntity, Exception>inTransaction(emf, em -> {
                ChangePosts.afterCommit(emf, () -> events);
                BookingEntity b = current(em, bookingId, expectedVersion);
                if (!b.getStatus().next().contains(to)) {
                    throw new RefusedException(List.of(NLS.bind(Messages.Booking_moveNotAllowed, b.getStatus(), to)));
                }
                AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
                for (BookingPassengerEntity p : passengersOf(em, bookingId)) {
                    audit.updated(p.getCaseId(), ENTITY, bookingId, "status", b.getStatus(), to);
                }
                b.moveTo(to);
                return b;
            });
        } catch (RefusedException | ConflictException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // the work throws no other checked exception
        }
    }

    private static BookingEntity current(EntityManager em, long bookingId, long expectedVersion)
            throws ConflictException {
        BookingEntity b = em.find(BookingEntity.class, bookingId);
        if (b == null) {
            throw new IllegalArgumentException("no booking " + bookingId);
        }
        if (b.getVersion() != expectedVersion) {
            throw new ConflictException(
                    NLS.bind(Messages.Booking_changed, b.getPnr() == null ? bookingId : b.getPnr()));
        }
        return b;
    }

    private static List<BookingPassengerEntity> passengersOf(EntityManager em, long bookingId) {
        return em.createQuery("SELECT p FROM BookingPassenger p WHERE p.bookingId = :b ORDER BY p.id",
                BookingPassengerEntity.class).setParameter("b", bookingId).getResultList();
    }

    @Override
    public List<Booking> lapsingOptions(java.time.Instant until) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em.createQuery("SELECT b FROM Booking b WHERE b.status = :o"
                + " AND b.optionUntil IS NOT NULL AND b.optionUntil < :until ORDER BY b.optionUntil, b.id",
                BookingEntity.class).setParameter("o", BookingStatus.OPTION).setParameter("until", until)
                .getResultList()));
    }

    @Override
    public List<Booking> withStatus(BookingStatus status) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em.createQuery(
                "SELECT b FROM Booking b WHERE b.status = :s ORDER BY b.id DESC", BookingEntity.class)
                .setParameter("s", status).setMaxResults(500).getResultList()));
    }

    @Override
    public List<Booking> bookingsOf(long caseId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em.createQuery("SELECT b FROM Booking b WHERE b.id IN"
                + " (SELECT p.bookingId FROM BookingPassenger p WHERE p.caseId = :c) ORDER BY b.id DESC",
                BookingEntity.class).setParameter("c", caseId).getResultList()));
    }

    @Override
    public List<BookingPassenger> passengers(long bookingId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> passengersOf(em, bookingId)));
    }

    @Override
    public Itinerary itinerary(long bookingId) {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> Itineraries.of(em, places.current(), bookingId));
    }
}
