package org.homeward.cases.core.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.core.internal.entity.MigrantCaseEntity;
import org.homeward.cases.core.internal.entity.StatusChangeEntity;
import org.homeward.cases.core.internal.entity.ConsentEntity;
import org.homeward.cases.core.internal.entity.EligibilityEntity;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.Consent;
import org.homeward.cases.model.Eligibility;
import org.homeward.cases.model.StatusChange;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

/** Reading what the case services need about a case, and running their units of work. */
final class CaseRecords {

    private CaseRecords() {
    }

    static MigrantCaseEntity requireCase(EntityManager em, long caseId) {
        MigrantCaseEntity c = em.find(MigrantCaseEntity.class, caseId);
        if (c == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Workflow_noCase, caseId));
        }
        return c;
    }

    static ConsentEntity consent(EntityManager em, long caseId) {
        List<ConsentEntity> found = em
                .createQuery("SELECT c FROM Consent c WHERE c.caseId = :id ORDER BY c.id DESC", ConsentEntity.class)
                .setParameter("id", caseId).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static EligibilityEntity eligibility(EntityManager em, long caseId) {
        List<EligibilityEntity> found = em
                .createQuery("SELECT e FROM Eligibility e WHERE e.caseId = :id", EligibilityEntity.class)
                .setParameter("id", caseId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** For a suspended case, the status it was suspended from; null otherwise. */
    static CaseStatus suspendedFrom(EntityManager em, MigrantCaseEntity c) {
        if (c.getStatus() != CaseStatus.SUSPENDED) {
            return null;
        }
        List<StatusChangeEntity> last = em.createQuery(
                "SELECT s FROM StatusChange s WHERE s.caseId = :id AND s.toStatus = :suspended ORDER BY s.id DESC",
                StatusChangeEntity.class).setParameter("id", c.getId()).setParameter("suspended", CaseStatus.SUSPENDED)
                .setMaxResults(1).getResultList();
        return last.isEmpty() ? null : last.get(0).getFromStatus();
    }

    /**
     * Holds the case's row lock until the transaction ends (a no-op update, standard SQL), so that two
     * workstations recording the same case's first consent or assessment at once take turns: the second then
     * finds the first's and is refused as a conflict.
     */
    static void lockCase(EntityManager em, long caseId) {
        em.createNativeQuery("UPDATE MIGRANT_CASE SET VERSION = VERSION WHERE ID = ?").setParameter(1, caseId)
                .executeUpdate();
    }

    /**
     * Refuses to save over a record that changed since the user read it: {@code expected} is the version the
     * user saw, null when they saw none; {@code found} the record now, null when there is none.
     */
    static void checkSeen(String what, Long expected, Long found, String changedBy) throws ConflictException {
        if (!java.util.Objects.equals(expected, found)) {
            throw new ConflictException(NLS.bind(Messages.Conflict_changed, what, changedBy == null
                    ? Messages.Conflict_someoneElse
                    : changedBy));
        }
    }

    /** Refuses to save over a record that changed since the user read it. */
    static void checkVersion(String what, long expected, long actual, String changedBy) throws ConflictException {
        if (expected != actual) {
            throw new ConflictException(NLS.bind(Messages.Conflict_changed, what, changedBy));
        }
    }

    /**
     * The conflict of a person's record changed since the user read it, naming the person and who
     * changed it last (from the audit trail, which every change writes).
     */
    static ConflictException personChanged(EntityManager em, org.homeward.cases.core.internal.entity.PersonEntity p) {
        List<String> who = em.createQuery("SELECT a.userName FROM AuditEntry a WHERE a.entity = :e"
                + " AND a.entityId = :id ORDER BY a.id DESC", String.class).setParameter("e", PersonRecords.ENTITY)
                .setParameter("id", p.getId()).setMaxResults(1).getResultList();
        return new ConflictException(NLS.bind(Messages.Conflict_personChanged, p.getGivenNames() + " "
                + p.getFamilyName(), who.isEmpty() ? Messages.Conflict_someoneElse : who.get(0)));
    }

    /**
     * Tells the case's screens (the case list, its editor's pages) that the case changed, once the
     * caller's transaction commits; nothing when no event service runs.
     */
    static void changedAfterCommit(EntityManagerFactory emf, org.osgi.service.event.EventAdmin events, long caseId) {
        if (events != null) {
            org.osgi.service.event.Event changed = new org.osgi.service.event.Event(
                    org.homeward.cases.model.service.CaseEvents.TOPIC_CHANGED,
                    java.util.Map.of(org.homeward.cases.model.service.CaseEvents.CASE_ID, caseId));
            Transactions.afterCommit(emf, () -> events.postEvent(changed));
        }
    }

    /** Work that may be refused, fail validation or meet a concurrent change. */
    @FunctionalInterface
    interface Work<T> {

        T run(EntityManager em) throws RefusedException, ValidationException, ConflictException;
    }

    /**
     * Runs {@code work} in one transaction. A concurrent change detected at commit (optimistic lock)
     * becomes a {@link ConflictException} saying what changed; nothing is saved then.
     */
    static <T> T inTransaction(EntityManagerFactory emf, String what, Work<T> work)
            throws RefusedException, ValidationException, ConflictException {
        try {
            return Transactions.<T, Exception>inTransaction(emf, work::run);
        } catch (RefusedException | ValidationException | ConflictException e) {
            throw e;
        } catch (RollbackException | OptimisticLockException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new ConflictException(NLS.bind(Messages.Conflict_changedMeanwhile, what));
            }
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // Work declares no other checked exception
        }
    }
}
