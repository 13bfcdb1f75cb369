package org.homeward.cases.core.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.homeward.cases.model.AgeGroup;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.LeadTime;
import org.homeward.cases.model.StatisticsFilter;
import org.homeward.cases.model.Tally;
import org.homeward.cases.model.service.CaseStatistics;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

/**
 * Reporting counts over projections of a few columns (never entities), grouped here; portable JPQL,
 * with no function a database would name differently.
 */
@Component(service = CaseStatistics.class)
public class CaseStatisticsImpl implements CaseStatistics {

    /** The stages of the pipeline, in workflow order. */
    static final List<CaseStatus> STAGES = List.of(CaseStatus.REGISTERED, CaseStatus.ELIGIBILITY_ASSESSED,
            CaseStatus.APPROVED, CaseStatus.TRAVEL_DOCS_REQUESTED, CaseStatus.TRAVEL_DOCS_OBTAINED,
            CaseStatus.DEPARTURE_SCHEDULED, CaseStatus.DEPARTED);
    static final Set<CaseStatus> STOPS = EnumSet.of(CaseStatus.WITHDRAWN, CaseStatus.REJECTED, CaseStatus.NO_SHOW,
            CaseStatus.SUSPENDED);

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final ZoneId zone;

    @Activate
    public CaseStatisticsImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, user, ZoneId.systemDefault());
    }

    CaseStatisticsImpl(EntityManagerFactory emf, CurrentUser user, ZoneId zone) {
        this.emf = emf;
        this.user = user;
        this.zone = zone;
    }

    /** A returned person: nationality, sex, birth year, the day the case departed. */
    private record Returned(String nationality, String sex, int birthYear, LocalDate on) {

        AgeGroup group() {
            return AgeGroup.of(on.getYear() - birthYear);
        }
    }

    private List<Returned> returned(StatisticsFilter f) {
        Conditions where = new Conditions(f, "p").and("s.caseId = p.caseId").and("s.toStatus = :stage")
                .period("s.changedAt");
        return Transactions.read(emf, em -> where.query(em, "SELECT p.nationality, p.sex, p.birthYear, s.changedAt"
                + " FROM Person p, StatusChange s", Object[].class).setParameter("stage", CaseStatus.DEPARTED)
                .getResultList().stream().map(r -> new Returned((String) r[0], String.valueOf(r[1]), (Integer) r[2],
                        day((Instant) r[3])))
                .filter(r -> f.ageGroup() == null || r.group() == f.ageGroup()).toList());
    }

    /** The returned persons counted by {@code column}, grouped by the database (no age group in the filter). */
    private Map<Object, Long> grouped(StatisticsFilter f, String column) {
        Conditions where = new Conditions(f, "p").and("s.caseId = p.caseId").and("s.toStatus = :stage")
                .period("s.changedAt");
        Map<Object, Long> counts = new HashMap<>();
        Transactions.read(emf, em -> where.query(em, "SELECT " + column + ", COUNT(p.id) FROM Person p,"
                + " StatusChange s", " GROUP BY " + column, Object[].class).setParameter("stage", CaseStatus.DEPARTED)
                .getResultList()).forEach(r -> counts.put(r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public List<Tally> returnsPerMonth(StatisticsFilter filter) {
        user.require(Permission.READ_CASE);
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m
                .plusMonths(1)) {
            months.put(m, 0L);
        }
        if (filter.ageGroup() == null) { // counted per departure by the database
            grouped(filter, "s.changedAt").forEach((at, n) -> months.merge(YearMonth.from(day((Instant) at)), n,
                    Long::sum));
        } else {
            returned(filter).forEach(r -> months.merge(YearMonth.from(r.on()), 1L, Long::sum));
        }
        return months.entrySet().stream().map(e -> new Tally(e.getKey().toString(), e.getValue())).toList();
    }

    @Override
    public List<Tally> returnsBy(Dimension dimension, StatisticsFilter filter) {
        user.require(Permission.READ_CASE);
        Function<Returned, String> key = switch (dimension) {
            case NATIONALITY -> Returned::nationality;
            case SEX -> Returned::sex;
            case AGE_GROUP -> r -> r.group().label();
        };
        Map<String, Long> counts = new HashMap<>();
        if (filter.ageGroup() == null && dimension != Dimension.AGE_GROUP) { // counted by the database
            grouped(filter, dimension == Dimension.NATIONALITY ? "p.nationality" : "p.sex")
                    .forEach((k, n) -> counts.merge(String.valueOf(k).strip(), n, Long::sum));
        } else {
            returned(filter).forEach(r -> counts.merge(key.apply(r), 1L, Long::sum));
        }
        return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::key)).toList();
    }

    /** Whether a case registered at {@code registered} by someone born in {@code birthYear} is in the age group. */
    private boolean ofAge(StatisticsFilter f, Object birthYear, Object registered) {
        return f.ageGroup() == null
                || AgeGroup.of(day((Instant) registered).getYear() - (Integer) birthYear) == f.ageGroup();
    }

    /**
     * A case has reached a stage when it reached that stage or any later one: a case recorded straight
     * at a later stage (an import, say) counts at every stage before it. One row per case registered in
     * the period: its furthest stage, computed by the database.
     */
    @Override
    public List<Tally> pipeline(StatisticsFilter filter) {
        user.require(Permission.READ_CASE);
        StringBuilder stage = new StringBuilder("CASE s.toStatus");
        for (int i = 0; i < STAGES.size() - 1; i++) { // JPQL wants an ELSE: the last stage, as s.toStatus IN STAGES
            stage.append(" WHEN ").append(CaseStatus.class.getName()).append('.').append(STAGES.get(i).name())
                    .append(" THEN ").append(i);
        }
        stage.append(" ELSE ").append(STAGES.size() - 1).append(" END");
        Conditions where = new Conditions(filter, "c").and("s.caseId = c.id").and("s.toStatus IN :stages")
                .period("c.createdAt");
        long[] reached = new long[STAGES.size()];
        Transactions.read(emf, em -> where.query(em, "SELECT c.birthYear, c.createdAt, MAX(" + stage
                + ") FROM MigrantCase c, StatusChange s", " GROUP BY c.id, c.birthYear, c.createdAt", Object[].class)
                .setParameter("stages", STAGES).getResultList()).forEach(r -> {
                    if (ofAge(filter, r[0], r[1])) {
                        for (int i = 0; i <= ((Number) r[2]).intValue(); i++) {
                            reached[i]++;
                        }
                    }
                });
        List<Tally> tallies = new ArrayList<>();
        for (int i = 0; i < STAGES.size(); i++) {
            tallies.add(new Tally(STAGES.get(i).name(), reached[i]));
        }
        return tallies;
    }

    @Override
    public List<Tally> dropOffs(StatisticsFilter filter) {
        user.require(Permission.READ_CASE);
        Map<CaseStatus, Long> counts = new LinkedHashMap<>();
        STOPS.forEach(s -> counts.put(s, 0L));
        Conditions where = new Conditions(filter, "c").and("c.status IN :stops").period("c.createdAt");
        Transactions.read(emf, em -> where.query(em, "SELECT c.status, c.birthYear, c.createdAt FROM MigrantCase c",
                "", Object[].class).setParameter("stops", STOPS).getResultList()).forEach(r -> {
                    if (ofAge(filter, r[1], r[2])) {
                        counts.merge((CaseStatus) r[0], 1L, Long::sum);
                    }
                });
        return counts.entrySet().stream().map(e -> new Tally(e.getKey().name(), e.getValue())).toList();
    }

    @Override
    public LeadTime registrationToDeparture(StatisticsFilter filter) {
        user.require(Permission.READ_CASE);
        // registered when created: the case and its first status change share the service's instant
        Conditions where = new Conditions(filter, "c").and("d.caseId = c.id").and("d.toStatus = :departed")
                .period("d.changedAt");
        List<Double> days = new ArrayList<>();
        Transactions.read(emf, em -> where.query(em, "SELECT c.birthYear, c.createdAt, d.changedAt FROM MigrantCase c,"
                + " StatusChange d", Object[].class).setParameter("departed", CaseStatus.DEPARTED).getResultList())
                .forEach(r -> {
                    Instant departed = (Instant) r[2];
                    if (filter.ageGroup() == null
                            || AgeGroup.of(day(departed).getYear() - (Integer) r[0]) == filter.ageGroup()) {
                        days.add(Duration.between((Instant) r[1], departed).toMinutes() / 1440.0);
                    }
                });
        return LeadTime.of(days);
    }

    private LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** The WHERE clause: the filter's conditions on {@code who} (a person or a case) and those added. */
    private final class Conditions {

        private final StatisticsFilter filter;
        private final String who;
        private final List<String> clauses = new ArrayList<>();
        private String periodOf;

        Conditions(StatisticsFilter filter, String who) {
            this.filter = filter;
            this.who = who;
            if (filter.nationality() != null) {
                clauses.add(who + ".nationality = :nationality");
            }
            if (filter.sex() != null) {
                clauses.add(who + ".sex = :sex");
            }
            if (filter.vulnerability() != null) {
                clauses.add("EXISTS (SELECT v.id FROM Vulnerability v WHERE v.caseId = "
                        + (who.equals("p") ? "p.caseId" : "c.id") + " AND v.type = :vulnerability)");
            }
        }

        Conditions and(String clause) {
            clauses.add(clause);
            return this;
        }

        /** The period's days, in the office's time zone, on an instant column. */
        Conditions period(String column) {
            periodOf = column;
            clauses.add(column + " >= :from AND " + column + " < :to");
            return this;
        }

        <T> TypedQuery<T> query(EntityManager em, String select, Class<T> type) {
            return query(em, select, "", type);
        }

        /** @param tail what follows the WHERE clause (GROUP BY...) */
        <T> TypedQuery<T> query(EntityManager em, String select, String tail, Class<T> type) {
            TypedQuery<T> q = em.createQuery(select + " WHERE " + String.join(" AND ", clauses) + tail, type);
            if (periodOf != null) {
                q.setParameter("from", filter.from().atStartOfDay(zone).toInstant());
                q.setParameter("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
            }
            if (filter.nationality() != null) {
                q.setParameter("nationality", filter.nationality());
            }
            if (filter.sex() != null) {
                q.setParameter("sex", filter.sex());
            }
            if (filter.vulnerability() != null) {
                q.setParameter("vulnerability", filter.vulnerability());
            }
            return q;
        }
    }
}
