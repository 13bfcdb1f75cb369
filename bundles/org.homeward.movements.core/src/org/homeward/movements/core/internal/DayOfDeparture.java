package org.homeward.movements.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.core.internal.entity.BookingEntity;
import org.homeward.movements.core.internal.entity.DepartureEntity;
import org.homeward.movements.core.internal.entity.DeparturePassengerEntity;
import org.homeward.movements.model.Boarding;
import org.homeward.movements.model.BoardingOutcome;
import org.homeward.movements.model.BookingStatus;

import jakarta.persistence.EntityManager;

/**
 * The day of a departure, confirmed inside the caller's transaction: each passenger boarded or not,
 * then each booking flown or no-show, then each case departed (one of its passengers boarded) or
 * no-show (none did), through the case workflow.
 */
final class DayOfDeparture {

    private final EntityManager em;
    private final CaseService cases;
    private final CaseWorkflowService workflow;
    private final AuditRecorder audit;

    DayOfDeparture(EntityManager em, CaseService cases, CaseWorkflowService workflow, AuditRecorder audit) {
        this.em = em;
        this.cases = cases;
        this.workflow = workflow;
        this.audit = audit;
    }

    DepartureEntity confirm(long departureId, long expectedVersion, Map<Long, Boarding> outcomes)
            throws ValidationException, RefusedException, ConflictException {
        DepartureEntity d = em.find(DepartureEntity.class, departureId);
        if (d == null) {
            throw new IllegalArgumentException("no departure " + departureId);
        }
        if (d.getVersion() != expectedVersion) {
            throw new ConflictException(NLS.bind(Messages.Departure_changed, d.getLabel()));
        }
        List<DeparturePassengerEntity> pending = em.createQuery("SELECT p FROM DeparturePassenger p"
                + " WHERE p.departureId = :d AND p.outcome = :o ORDER BY p.id", DeparturePassengerEntity.class)
                .setParameter("d", departureId).setParameter("o", BoardingOutcome.PENDING).getResultList();
        validate(pending, outcomes);
        Map<Long, List<DeparturePassengerEntity>> byCase = new LinkedHashMap<>();
        Map<Long, List<DeparturePassengerEntity>> byBooking = new LinkedHashMap<>();
        for (DeparturePassengerEntity p : pending) {
            Boarding b = outcomes.get(p.getId());
            String reason = b.outcome() == BoardingOutcome.NO_SHOW ? b.reason().strip() : null;
            audit.updated(p.getCaseId(), "DeparturePassenger", p.getId(), "outcome", p.getOutcome(), b.outcome());
            p.outcome(b.outcome(), reason);
            byCase.computeIfAbsent(p.getCaseId(), k -> new ArrayList<>()).add(p);
            byBooking.computeIfAbsent(p.getBookingId(), k -> new ArrayList<>()).add(p);
        }
        for (var e : byBooking.entrySet()) {
            BookingEntity booking = em.find(BookingEntity.class, e.getKey());
            BookingStatus to = anyBoarded(e.getValue()) ? BookingStatus.FLOWN : BookingStatus.NO_SHOW;
            if (booking.getStatus() == BookingStatus.TICKETED) {
                for (long caseId : e.getValue().stream().map(DeparturePassengerEntity::getCaseId).distinct().toList()) {
                    audit.updated(caseId, BookingServiceImpl.ENTITY, booking.getId(), "status", booking.getStatus(),
                            to);
                }
                booking.moveTo(to);
            }
        }
        List<String> refused = new ArrayList<>();
        for (var e : byCase.entrySet()) {
            move(e.getKey(), e.getValue(), d, refused);
        }
        if (!refused.isEmpty()) {
            throw new RefusedException(refused);
        }
        d.close(); // every passenger not yet confirmed has an outcome now
        em.flush();
        return d;
    }

    private void validate(List<DeparturePassengerEntity> pending, Map<Long, Boarding> outcomes)
            throws ValidationException, RefusedException {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (DeparturePassengerEntity p : pending) {
            Boarding b = outcomes.get(p.getId());
            String field = "passenger." + p.getId();
            if (b == null || b.outcome() == BoardingOutcome.PENDING) {
                problems.add(new FieldProblem(field, NLS.bind(Messages.Boarding_missing, p.getId())));
            } else if (b.outcome() == BoardingOutcome.NO_SHOW && (b.reason() == null || b.reason().isBlank())) {
                problems.add(new FieldProblem(field, Messages.Boarding_reason));
            } else if (b.outcome() == BoardingOutcome.BOARDED && !p.isDocumentsInHand()) {
                refused.add(NLS.bind(Messages.Boarding_documents, p.getId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (!refused.isEmpty()) {
            throw new RefusedException(refused);
        }
    }

    private static boolean anyBoarded(List<DeparturePassengerEntity> passengers) {
        return passengers.stream().anyMatch(p -> p.getOutcome() == BoardingOutcome.BOARDED);
    }

    /** Departed when one of its passengers boarded, else no-show with the first reason given. */
    private void move(long caseId, List<DeparturePassengerEntity> passengers, DepartureEntity d,
            List<String> refused) {
        MigrantCase c = cases.find(caseId).orElseThrow();
        boolean boarded = anyBoarded(passengers);
        String reason = boarded
                ? NLS.bind(Messages.Departure_departed, d.getLabel())
                : NLS.bind(Messages.Departure_noShow, d.getLabel(), passengers.get(0).getNoShowReason());
        try {
            workflow.transition(caseId, c.getVersion(), boarded ? CaseStatus.DEPARTED : CaseStatus.NO_SHOW, reason);
        } catch (RefusedException e) {
            e.reasons().forEach(r -> refused.add(c.getCaseNumber() + " : " + r));
        } catch (ConflictException e) {
            refused.add(c.getCaseNumber() + " : " + e.getMessage());
        }
    }
}
