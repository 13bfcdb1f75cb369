package org.homeward.cases.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.cases.model.service.RetentionService;
import org.homeward.common.office.OfficeProfile;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import org.homeward.common.validation.RefusedException;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The retention schedule on the case area's tables: due cases are those whose last closure is older than
 * the office's years; each is anonymised in its own transaction, every area clearing its own rows through
 * its {@link CaseLifecycleParticipant} first, then the case area ({@link CaseAnonymiser}), with an audit
 * line naming who did it.
 */
@Component(service = RetentionService.class)
public class RetentionServiceImpl implements RetentionService {

    static final String ANONYMISED = "anonymised";

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Clock clock;
    private final List<CaseLifecycleParticipant> participants = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile OfficeProfile office;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public RetentionServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, user, Clock.systemDefaultZone(), null);
    }

    /** For tests: a fixed clock and office. */
    RetentionServiceImpl(EntityManagerFactory emf, CurrentUser user, Clock clock, OfficeProfile office) {
        this.emf = emf;
        this.user = user;
        this.clock = clock;
        this.office = office;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addParticipant(CaseLifecycleParticipant participant) {
        participants.add(participant);
    }

    void removeParticipant(CaseLifecycleParticipant participant) {
        participants.remove(participant);
    }

    @Override
    public int years() {
        user.require(Permission.READ_CASE);
        OfficeProfile o = office;
        return Math.max(1, (o != null ? o : OfficeProfile.NEUTRAL).retentionYears());
    }

    @Override
    public List<DueCase> due(LocalDate today) throws RefusedException {
        user.require(Permission.PURGE);
        return Transactions.read(emf, em -> due(em, today, null));
    }

    /** The due cases (all, or those among {@code only}), oldest closure first. */
    private List<DueCase> due(EntityManager em, LocalDate today, Long only) {
        ZoneId zone = clock.getZone();
        java.sql.Timestamp before = java.sql.Timestamp.from(today.minusYears(years()).atStartOfDay(zone).toInstant());
        var q = em.createNativeQuery("SELECT c.ID, c.CASE_NUMBER, x.CLOSED_AT,"
                + " (SELECT COUNT(*) FROM PERSON p WHERE p.CASE_ID = c.ID) FROM MIGRANT_CASE c"
                + " JOIN (SELECT CASE_ID, MAX(CHANGED_AT) AS CLOSED_AT FROM CASE_STATUS_CHANGE WHERE TO_STATUS = ?1"
                + " GROUP BY CASE_ID) x ON x.CASE_ID = c.ID"
                + " WHERE c.STATUS = ?1 AND c.ANONYMISED_ON IS NULL AND x.CLOSED_AT < ?2"
                + (only == null ? "" : " AND c.ID = ?3") + " ORDER BY x.CLOSED_AT, c.ID")
                .setParameter(1, CaseStatus.CLOSED.name()).setParameter(2, before);
        if (only != null) {
            q.setParameter(3, only);
        }
        List<?> rows = q.getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new DueCase(((Number) r[0]).longValue(), (String) r[1],
                ((java.sql.Timestamp) r[2]).toInstant().atZone(zone).toLocalDate(), ((Number) r[3]).intValue()))
                .toList();
    }

    @Override
    public int anonymise(Collection<Long> caseIds, LocalDate today, IntConsumer progress, BooleanSupplier cancelled)
            throws RefusedException {
        user.require(Permission.PURGE);
        int done = 0;
        Set<Long> seen = new HashSet<>();
        for (Long caseId : caseIds) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            if (seen.add(caseId) && anonymiseOne(caseId, today)) {
                progress.accept(++done);
            }
        }
        return done;
    }

    private boolean anonymiseOne(long caseId, LocalDate today) {
        return Transactions.inTransaction(emf, em -> {
            if (due(em, today, caseId).isEmpty()) {
                return false; // not closed long enough, or done already: left as it is
            }
            for (CaseLifecycleParticipant p : participants) { // each area clears its own rows, in this transaction
                p.anonymised(caseId);
            }
            Instant now = clock.instant();
            try {
                CaseAnonymiser.anonymise(em.unwrap(Connection.class), caseId, today, user.name(), now);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            new AuditTrail(em, user.name(), now).marked(caseId, CaseServiceImpl.ENTITY, caseId, ANONYMISED);
            em.clear(); // the rows changed under the persistence context
            // and under the shared cache: every area's entities of the case are read afresh
            Transactions.afterCommit(emf, () -> {
                emf.getCache().evictAll();
                EventAdmin admin = events;
                if (admin != null) { // open lists and editors show the case as it is now
                    admin.postEvent(new Event(CaseEvents.TOPIC_CHANGED, Map.of(CaseEvents.CASE_ID, caseId)));
                }
            });
            return true;
        });
    }

}
