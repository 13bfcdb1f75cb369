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

import org.homeward.traveldocs.core.internal.entity.EmbassyEntity;
import org.homeward.traveldocs.core.internal.entity.TravelDocRequestEntity;
import org.homeward.traveldocs.core.internal.entity.RequestMemberEntity;
import org.homeward.traveldocs.core.internal.entity.PlannedDeparture;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.office.OfficeCalendar;
import org.homeward.persistence.Transactions;
import org.homeward.traveldocs.model.DocumentCheck;
import org.homeward.traveldocs.model.DocumentWarning;
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
    private final Supplier<CaseService> cases;
    private final Supplier<HouseholdService> households;

    /** The statuses in which a case's documents are checked against its departure. */
    private static final java.util.EnumSet<CaseStatus> ACTIVE = java.util.EnumSet.of(CaseStatus.APPROVED,
            CaseStatus.TRAVEL_DOCS_REQUESTED, CaseStatus.TRAVEL_DOCS_OBTAINED, CaseStatus.DEPARTURE_SCHEDULED);

    RequestReads(EntityManagerFactory emf, ProcedureService procedures, Supplier<OfficeCalendar> calendar,
            Supplier<CaseService> cases, Supplier<HouseholdService> households) {
        this.emf = emf;
        this.procedures = procedures;
        this.calendar = calendar;
        this.cases = cases;
        this.households = households;
    }

    List<RequestMemberEntity> members(long requestId) {
        return Transactions.read(emf, em -> em
                .createQuery("SELECT m FROM RequestMember m WHERE m.requestId = :r ORDER BY m.id",
                        RequestMemberEntity.class)
                .setParameter("r", requestId).getResultList());
    }

    List<RequestRow> requests(LocalDate today) {
        return Transactions.read(emf, em -> {
            List<TravelDocRequestEntity> list = em.createQuery("SELECT r FROM TravelDocRequest r WHERE r.status NOT IN"
                    + " :closed OR r.createdAt >= :recent ORDER BY r.embassyId, r.id", TravelDocRequestEntity.class)
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
                TravelDocRequestEntity.class)
                .setParameter("c", caseId).getResultList(), today));
    }

    private List<RequestRow> rows(EntityManager em, List<TravelDocRequestEntity> list, LocalDate today) {
        Map<Long, EmbassyEntity> embassies = new LinkedHashMap<>();
        Map<String, Procedure> byCountry = new LinkedHashMap<>();
        List<RequestRow> rows = new ArrayList<>();
        if (list.isEmpty()) {
            return rows;
        }
        WorkingDays days = workingDays(list, today);
        Map<Long, List<Long>> casesOf = new java.util.HashMap<>(); // persons' cases per request, in one query
        for (Object[] c : em.createQuery("SELECT m.requestId, m.caseId FROM RequestMember m WHERE m.requestId IN :ids",
                Object[].class).setParameter("ids", list.stream().map(TravelDocRequestEntity::getId).toList())
                .getResultList()) {
            casesOf.computeIfAbsent(((Number) c[0]).longValue(), k -> new ArrayList<>()).add(((Number) c[1])
                    .longValue());
        }
        for (TravelDocRequestEntity r : list) { // open requests: a few hundred at most
            EmbassyEntity e = embassies.computeIfAbsent(r.getEmbassyId(), id -> em.find(EmbassyEntity.class, id));
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
            TravelDocRequestEntity r = em.find(TravelDocRequestEntity.class, requestId);
            return r == null
                    ? java.util.Optional.<RequestRow>empty()
                    : rows(em, List.of(r), today).stream().findFirst();
        });
    }

    List<DocumentWarning> warnings(LocalDate today, int marginDays) {
        return Transactions.read(emf, em -> warningsIn(em, today, marginDays));
    }

    /**
     * Persons of open cases holding an issued document, or of cases with a departure planned, whose
     * documents do not cover the departure: the open cases from the case area, the rest from this
     * area's tables.
     */
    private List<DocumentWarning> warningsIn(EntityManager em, LocalDate today, int marginDays) {
        List<DocumentWarning> found = new ArrayList<>();
        Map<Long, MigrantCase> open = new java.util.TreeMap<>();
        cases.get().withStatus(ACTIVE).forEach(c -> open.put(c.getId(), c));
        if (open.isEmpty()) {
            return found;
        }
        List<Long> ids = List.copyOf(open.keySet());
        Map<Long, LocalDate> departures = new java.util.HashMap<>();
        for (PlannedDeparture d : em.createQuery("SELECT d FROM PlannedDeparture d WHERE d.caseId IN :c",
                PlannedDeparture.class).setParameter("c", ids).getResultList()) {
            departures.put(d.getCaseId(), d.getOn());
        }
        Set<Long> holding = new java.util.HashSet<>(em.createQuery("SELECT DISTINCT m.personId FROM RequestMember m"
                + " WHERE m.caseId IN :c AND m.expiresOn IS NOT NULL", Long.class).setParameter("c", ids)
                .getResultList());
        List<Person> concerned = new ArrayList<>();
        households.get().membersOf(ids).forEach((caseId, persons) -> persons.stream()
                .filter(p -> departures.containsKey(caseId) || holding.contains(p.getId()))
                .sorted(java.util.Comparator.comparing(Person::getId)).forEach(concerned::add));
        if (concerned.isEmpty()) {
            return found;
        }
        Map<Long, LocalDate> expiries = new java.util.HashMap<>(); // latest issued document per person, in one query
        for (Object[] e : em.createQuery("SELECT m.personId, MAX(m.expiresOn) FROM RequestMember m, TravelDocRequest q"
                + " WHERE m.requestId = q.id AND m.personId IN :persons AND q.status IN :issued GROUP BY m.personId",
                Object[].class).setParameter("persons", concerned.stream().map(Person::getId).toList())
                .setParameter("issued", List.of(RequestStatus.ISSUED, RequestStatus.COLLECTED)).getResultList()) {
            expiries.put(((Number) e[0]).longValue(), (LocalDate) e[1]);
        }
        for (Person p : concerned) {
            MigrantCase c = open.get(p.getCaseId());
            DocumentCheck.of(expiries.get(p.getId()), departures.get(c.getId()), marginDays, today)
                    .ifPresent(check -> found.add(new DocumentWarning(c.getId(), c.getCaseNumber(), p.getId(),
                            p.getGivenNames() + " " + p.getFamilyName(), check)));
        }
        return found;
    }

    /**
     * The working days from the oldest request's year to the year after {@code today}, from the
     * office's calendar (weekends only when no plugin gives one).
     */
    private WorkingDays workingDays(List<TravelDocRequestEntity> list, LocalDate today) {
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
