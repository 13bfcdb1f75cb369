package org.homeward.movements.core.internal;

import org.homeward.common.security.Permission;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.model.service.VulnerabilityService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.core.internal.entity.BookingEntity;
import org.homeward.movements.core.internal.entity.BookingPassengerEntity;
import org.homeward.movements.core.internal.entity.DepartureEntity;
import org.homeward.movements.core.internal.entity.DeparturePassengerEntity;
import org.homeward.movements.model.Boarding;
import org.homeward.movements.model.BoardingOutcome;
import org.homeward.movements.model.BookingStatus;
import org.homeward.movements.model.Departure;
import org.homeward.movements.model.DepartureKind;
import org.homeward.movements.model.DeparturePassenger;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.PreEmbarkation;
import org.homeward.movements.model.service.DepartureService;
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
 * Departures on JPA. Planning and the day's confirmation each run in one transaction with the case
 * workflow's moves, the planned date embassy tracking checks documents against, and the audit.
 */
@Component(service = DepartureService.class)
public class DepartureServiceImpl implements DepartureService {

    static final String ENTITY = "Departure";

    private final EntityManagerFactory emf;
    private final CaseService cases;
    private final CaseWorkflowService workflow;
    private final TravelDocService documents;
    private final AuditService auditing;
    private final CurrentUser user;
    private final Clock clock;
    private final Manifests manifests;

    @org.osgi.service.component.annotations.Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL, policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.osgi.service.event.EventAdmin events;

    @Activate
    public DepartureServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "cases") CaseService cases, @Reference(name = "workflow") CaseWorkflowService workflow,
            @Reference(name = "households") HouseholdService households,
            @Reference(name = "screening") VulnerabilityService screening,
            @Reference(name = "documents") TravelDocService documents, @Reference(name = "audit") AuditService audit,
            @Reference(name = "currentUser") CurrentUser user, @Reference(name = "places") PlacesDirectory places) {
        this(emf, cases, workflow, documents,
                new Manifests(emf, cases, households, screening, new HeldDocuments(households, documents), places),
                audit,
                user, Clock.systemDefaultZone());
    }

    DepartureServiceImpl(EntityManagerFactory emf, CaseService cases, CaseWorkflowService workflow,
            TravelDocService documents, Manifests manifests, AuditService audit, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.cases = cases;
        this.workflow = workflow;
        this.documents = documents;
        this.manifests = manifests;
        this.auditing = audit;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public Departure plan(LocalDate departsOn, DepartureKind kind, String label, List<Long> bookingIds)
            throws ValidationException, RefusedException {
        user.require(Permission.BOOK_TRAVEL);
        List<FieldProblem> problems = new ArrayList<>();
        if (label == null || label.isBlank()) {
            problems.add(new FieldProblem(LABEL, Messages.Departure_label));
        }
        if (departsOn == null || departsOn.isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem(DATE, Messages.Departure_date));
        }
        if (bookingIds == null || bookingIds.isEmpty()) {
            problems.add(new FieldProblem(BOOKINGS, Messages.Departure_noBooking));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return Transactions.<Departure, RefusedException>inTransaction(emf, em -> {
            ChangePosts.afterCommit(emf, () -> events);
            List<String> refused = new ArrayList<>();
            List<BookingPassengerEntity> passengers = new ArrayList<>();
            for (long id : new LinkedHashSet<>(bookingIds)) {
                BookingEntity b = em.find(BookingEntity.class, id);
                String name = b == null || b.getPnr() == null ? String.valueOf(id) : b.getPnr();
                if (b == null || b.getStatus() != BookingStatus.TICKETED) {
                    refused.add(NLS.bind(Messages.Departure_notTicketed, name));
                } else if (onOpenDeparture(em, id)) {
                    refused.add(NLS.bind(Messages.Departure_alreadyPlanned, name));
                } else {
                    passengers.addAll(em.createQuery("SELECT p FROM BookingPassenger p WHERE p.bookingId = :b"
                            + " ORDER BY p.id", BookingPassengerEntity.class).setParameter("b", id).getResultList());
                }
            }
            if (!refused.isEmpty()) {
                throw new RefusedException(refused);
            }
            DepartureEntity d = new DepartureEntity(departsOn, kind, label.strip(), clock.instant(), user.name());
            em.persist(d);
            em.flush();
            AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
            Set<Long> caseIds = new LinkedHashSet<>();
            for (BookingPassengerEntity p : passengers) {
                em.persist(new DeparturePassengerEntity(d.getId(), p.getBookingId(), p.getCaseId(), p.getPersonId()));
                caseIds.add(p.getCaseId());
            }
            for (long caseId : caseIds) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("departsOn", departsOn);
                fields.put("label", d.getLabel());
                audit.created(caseId, ENTITY, d.getId(), fields);
                schedule(caseId, d, refused);
            }
            if (!refused.isEmpty()) {
                throw new RefusedException(refused);
            }
            return d;
        });
    }

    /** Moves the case to "departure scheduled" and sets the day embassy tracking checks documents against. */
    private void schedule(long caseId, DepartureEntity d, List<String> refused) {
        MigrantCase c = cases.find(caseId).orElseThrow();
        try {
            if (c.getStatus() != CaseStatus.DEPARTURE_SCHEDULED) {
                workflow.transition(caseId, c.getVersion(), CaseStatus.DEPARTURE_SCHEDULED,
                        NLS.bind(Messages.Departure_reason, d.getLabel()));
            }
            var planned = documents.plannedDeparture(caseId);
            documents.planDeparture(caseId, planned.version(), d.getDepartsOn());
        } catch (RefusedException e) {
            e.reasons().forEach(r -> refused.add(c.getCaseNumber() + " : " + r));
        } catch (ConflictException | ValidationException e) {
            refused.add(c.getCaseNumber() + " : " + e.getMessage());
        }
    }

    private static boolean onOpenDeparture(EntityManager em, long bookingId) {
        return em.createQuery("SELECT COUNT(p) FROM DeparturePassenger p WHERE p.bookingId = :b AND p.outcome = :o",
                Long.class).setParameter("b", bookingId).setParameter("o", BoardingOutcome.PENDING)
                .getSingleResult() > 0;
    }

    @Override
    public List<Departure> departures(LocalDate from) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> from == null
                ? em.createQuery("SELECT d FROM Departure d ORDER BY d.departsOn DESC, d.id DESC",
                        DepartureEntity.class).getResultList()
                : em.createQuery("SELECT d FROM Departure d WHERE d.departsOn >= :f ORDER BY d.departsOn, d.id",
                        DepartureEntity.class).setParameter("f", from).getResultList()));
    }

    @Override
    public List<Departure> departuresOf(long caseId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em.createQuery("SELECT d FROM Departure d WHERE d.id IN"
                + " (SELECT p.departureId FROM DeparturePassenger p WHERE p.caseId = :c)"
                + " ORDER BY d.departsOn DESC, d.id DESC", DepartureEntity.class).setParameter("c", caseId)
                .getResultList()));
    }

    @Override
    public Manifest manifest(long departureId) {
        user.require(Permission.READ_CASE);
        return manifests.of(departureId);
    }

    @Override
    public DeparturePassenger check(long passengerId, long expectedVersion, PreEmbarkation checks)
            throws ValidationException, ConflictException {
        user.require(Permission.READ_CASE);
        List<FieldProblem> problems = new ArrayList<>();
        if (checks.pocketMoney() != null && checks.pocketMoney().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(new FieldProblem(PreEmbarkation.POCKET_MONEY, Messages.Check_negative));
        }
        if (checks.pocketMoney() != null && checks.pocketMoney().signum() > 0
                && (checks.receiptNumber() == null || checks.receiptNumber().isBlank())) {
            problems.add(new FieldProblem(PreEmbarkation.RECEIPT, Messages.Check_receipt));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return Transactions.<DeparturePassenger, ConflictException>inTransaction(emf, em -> {
            ChangePosts.afterCommit(emf, () -> events);
            DeparturePassengerEntity p = em.find(DeparturePassengerEntity.class, passengerId);
            if (p == null) {
                throw new IllegalArgumentException("no departure passenger " + passengerId);
            }
            if (p.getVersion() != expectedVersion) {
                throw new ConflictException(Messages.Check_changed);
            }
            AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
            audit.updated(p.getCaseId(), "DeparturePassenger", p.getId(), "documentsInHand", p.isDocumentsInHand(),
                    checks.documentsInHand());
            audit.updated(p.getCaseId(), "DeparturePassenger", p.getId(), "fitToTravel", p.isFitToTravel(),
                    checks.fitToTravel());
            audit.updated(p.getCaseId(), "DeparturePassenger", p.getId(), "wheelchair", p.isWheelchair(),
                    checks.wheelchair());
            audit.updated(p.getCaseId(), "DeparturePassenger", p.getId(), "pocketMoney", p.getPocketMoney(),
                    checks.pocketMoney());
            audit.updated(p.getCaseId(), "DeparturePassenger", p.getId(), "receiptNumber", p.getReceiptNumber(),
                    checks.receiptNumber());
            p.checked(checks);
            em.flush();
            return p;
        });
    }

    @Override
    public Departure confirm(long departureId, long expectedVersion, Map<Long, Boarding> outcomes)
            throws ValidationException, RefusedException, ConflictException {
        user.require(Permission.BOOK_TRAVEL);
        try {
            return Transactions.<Departure, Exception>inTransaction(emf,
                    em -> {
                        ChangePosts.afterCommit(emf, () -> events);
                        return new DayOfDeparture(em, cases, workflow, auditing.recorder(user.name(),
                                clock.instant())).confirm(departureId, expectedVersion, outcomes);
                    });
        } catch (ValidationException | RefusedException | ConflictException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // the work throws no other checked exception
        }
    }
}
