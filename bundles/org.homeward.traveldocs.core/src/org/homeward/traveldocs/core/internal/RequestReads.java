package org.homeward.traveldocs.core.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.homeward.cases.model.CaseStatus;
import org.homeward.common.office.OfficeCalendar;
import org.homeward.persistence.Transactions;
import org.homeward.traveldocs.model.DocumentCheck;
import org.homeward.traveldocs.model.DocumentWarning;
import org.homeward.traveldocs.model.Embassy;
import org.homeward.traveldocs.model.Procedure;
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.RequestRow;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.WorkingDays;
import org.homeward.traveldocs.model.service.ProcedureService;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The reading side of the travel-document service: requests as the screens list them (answer due
 * and lateness in the office's working days), their persons, and the document warnings.
 */
final class RequestReads {

    private final EntityManagerFactory emf;
    private final ProcedureService procedures;
    private final Supplier<OfficeCalendar> calendar;

    RequestReads(EntityManagerFactory emf, ProcedureService procedures, Supplier<OfficeCalendar> calendar) {
        this.emf = emf;
        this.procedures = procedures;
        this.calendar = calendar;
    }

    List<RequestMember> members(long requestId) {
        return Transactions.read(emf, em -> em
                .createQuery("SELECT m FROM RequestMember m WHERE m.requestId = :r ORDER BY m.id", RequestMember.class)
                .setParameter("r", requestId).getResultList());
    }

    List<RequestRow> requests(LocalDate today) {
        return Transactions.read(emf, em -> {
            List<TravelDocRequest> list = em.createQuery("SELECT r FROM TravelDocRequest r WHERE r.status NOT IN"
                    + " :closed OR r.createdAt >= :recent ORDER BY r.embassyId, r.id", TravelDocRequest.class)
                    .setParameter("closed", List.of(RequestStatus.REFUSED, RequestStatus.CANCELLED,
                            RequestStatus.COLLECTED))
                    .setParameter("recent", today.minusDays(30).atStartOfDay(ZoneId.systemDefault()).toInstant())
                    .getResultList();
            List<RequestRow> rows = rows(em, list, today);
            rows.sort(Comparator.comparing((RequestRow x) -> x.embassy().getCountry())
                    .thenComparing(x -> x.embassy().getCity()).thenComparing(x -> x.request().getId()));
            return rows;
        });
    }

    List<RequestRow> requestsOf(long caseId, LocalDate today) {
        return Transactions.read(emf, em -> rows(em, em.createQuery("SELECT r FROM TravelDocRequest r WHERE r.id IN"
                + " (SELECT m.requestId FROM RequestMember m WHERE m.caseId = :c) ORDER BY r.id",
                TravelDocRequest.class)
                .setParameter("c", caseId).getResultList(), today));
    }

    private List<RequestRow> rows(EntityManager em, List<TravelDocRequest> list, LocalDate today) {
        Map<Long, Embassy> embassies = new LinkedHashMap<>();
        Map<String, Procedure> byCountry = new LinkedHashMap<>();
        List<RequestRow> rows = new ArrayList<>();
        if (list.isEmpty()) {
            return rows;
        }
        WorkingDays days = workingDays(list, today);
        Map<Long, List<Long>> casesOf = new java.util.HashMap<>(); // persons' cases per request, in one query
        for (Object[] c : em.createQuery("SELECT m.requestId, m.caseId FROM RequestMember m WHERE m.requestId IN :ids",
                Object[].class).setParameter("ids", list.stream().map(TravelDocRequest::getId).toList())
                .getResultList()) {
            casesOf.computeIfAbsent(((Number) c[0]).longValue(), k -> new ArrayList<>()).add(((Number) c[1])
                    .longValue());
        }
        for (TravelDocRequest r : list) { // open requests: a few hundred at most
            Embassy e = embassies.computeIfAbsent(r.getEmbassyId(), id -> em.find(Embassy.class, id));
            Procedure p = byCountry.computeIfAbsent(r.getCountry(), procedures::procedure);
            List<Long> cases = casesOf.getOrDefault(r.getId(), List.of());
            LocalDate from = r.getSentOn() != null
                    ? r.getSentOn()
                    : LocalDate.ofInstant(r.getCreatedAt(), ZoneId.systemDefault());
            rows.add(new RequestRow(r, e, cases.size(), r.getSentOn() == null ? null : p.answerDue(r.getSentOn(), days),
                    p.overdue(r.getStatus(), r.getSentOn(), days, today), ChronoUnit.DAYS.between(from, today),
                    Set.copyOf(cases)));
        }
        return rows;
    }

    java.util.Optional<RequestRow> request(long requestId, LocalDate today) {
        return Transactions.read(emf, em -> {
            TravelDocRequest r = em.find(TravelDocRequest.class, requestId);
            return r == null
                    ? java.util.Optional.<RequestRow>empty()
                    : rows(em, List.of(r), today).stream().findFirst();
        });
    }

    List<DocumentWarning> warnings(LocalDate today, int marginDays) {
        return Transactions.read(emf, em -> warningsIn(em, today, marginDays));
    }

    private List<DocumentWarning> warningsIn(EntityManager em, LocalDate today, int marginDays) {
        List<DocumentWarning> found = new ArrayList<>();
        // persons of open cases holding an issued document, or of cases with a departure planned
        List<Object[]> rows = em.createQuery("SELECT c.id, c.caseNumber, d.on, p.id, p.givenNames,"
                + " p.familyName FROM MigrantCase c JOIN Person p ON p.caseId = c.id"
                + " LEFT JOIN PlannedDeparture d ON d.caseId = c.id WHERE c.status IN :active"
                + " AND (d.on IS NOT NULL OR EXISTS (SELECT m.id FROM RequestMember m"
                + " WHERE m.personId = p.id AND m.expiresOn IS NOT NULL)) ORDER BY c.id, p.id", Object[].class)
                .setParameter("active", List.of(CaseStatus.APPROVED, CaseStatus.TRAVEL_DOCS_REQUESTED,
                        CaseStatus.TRAVEL_DOCS_OBTAINED, CaseStatus.DEPARTURE_SCHEDULED))
                .getResultList();
        if (rows.isEmpty()) {
            return found;
        }
        Map<Long, LocalDate> expiries = new java.util.HashMap<>(); // latest issued document per person, in one query
        for (Object[] e : em.createQuery("SELECT m.personId, MAX(m.expiresOn) FROM RequestMember m, TravelDocRequest q"
                + " WHERE m.requestId = q.id AND m.personId IN :persons AND q.status IN :issued GROUP BY m.personId",
                Object[].class).setParameter("persons", rows.stream().map(r -> ((Number) r[3]).longValue()).toList())
                .setParameter("issued", List.of(RequestStatus.ISSUED, RequestStatus.COLLECTED)).getResultList()) {
            expiries.put(((Number) e[0]).longValue(), (LocalDate) e[1]);
        }
        for (Object[] r : rows) {
            long personId = ((Number) r[3]).longValue();
            LocalDate expiry = expiries.get(personId);
            DocumentCheck.of(expiry, (LocalDate) r[2], marginDays, today)
                    .ifPresent(check -> found.add(new DocumentWarning(((Number) r[0]).longValue(), (String) r[1],
                            personId, r[4] + " " + r[5], check)));
        }
        return found;
    }

    /**
     * The working days from the oldest request's year to the year after {@code today}, from the
     * office's calendar (weekends only when no plugin gives one).
     */
    private WorkingDays workingDays(List<TravelDocRequest> list, LocalDate today) {
        OfficeCalendar c = calendar.get() == null ? OfficeCalendar.WEEKENDS_ONLY : calendar.get();
        int first = list.stream().map(r -> r.getSentOn() == null ? today : r.getSentOn()).min(LocalDate::compareTo)
                .orElse(today).getYear();
        Set<LocalDate> holidays = new java.util.HashSet<>();
        for (int year = Math.min(first, today.getYear()); year <= today.getYear() + 1; year++) {
            holidays.addAll(c.holidays(year));
        }
        return new WorkingDays(c.weekend(), holidays);
    }
}
