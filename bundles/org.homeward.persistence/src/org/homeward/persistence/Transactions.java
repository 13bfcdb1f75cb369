package org.homeward.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * Runs a unit of work in one resource-local transaction: all of it is committed, or none.
 * <p>
 * The transaction is bound to the thread while it runs: a service called from inside it (another
 * area's, say) that asks for a transaction or a read on the same factory joins it, on the same
 * entity manager, and nothing is committed until the outermost unit ends. So a use case that spans
 * areas commits once. Work that must follow the commit (files moved into place, events posted) is
 * handed to {@link #afterCommit(EntityManagerFactory, Runnable)}.
 */
public final class Transactions {

    /** Work on an entity manager that may throw a checked exception of type {@code X}. */
    @FunctionalInterface
    public interface Work<T, X extends Exception> {

        T run(EntityManager em) throws X;
    }

    /** The transaction running on this thread. */
    private record Unit(EntityManagerFactory emf, EntityManager em, List<Runnable> afterCommit) {
    }

    private static final ThreadLocal<Unit> CURRENT = new ThreadLocal<>();

    private Transactions() {
    }

    /**
     * Runs {@code work} in a transaction: the one this thread is already running on {@code emf}, or a
     * new one that is committed when {@code work} returns. Any exception rolls the whole transaction
     * back (the outer one too) and is rethrown.
     */
    public static <T, X extends Exception> T inTransaction(EntityManagerFactory emf, Work<T, X> work) throws X {
        Unit joined = joined(emf);
        if (joined != null) {
            try {
                return work.run(joined.em());
            } catch (Throwable e) { // the caller's transaction cannot commit half of the work
                markRollbackOnly(joined.em());
                throw e;
            }
        }
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        Unit outer = CURRENT.get();
        Unit unit = new Unit(emf, em, new ArrayList<>());
        List<Runnable> after;
        T result;
        try {
            tx.begin();
            CURRENT.set(unit);
            result = work.run(em);
            tx.commit();
            after = unit.afterCommit();
        } finally {
            restore(outer);
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
        after.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs read-only {@code work}: inside this thread's transaction on {@code emf} when there is one
     * (so that it sees what the transaction wrote), else on a fresh entity manager without a
     * transaction.
     */
    public static <T, X extends Exception> T read(EntityManagerFactory emf, Work<T, X> work) throws X {
        Unit joined = joined(emf);
        if (joined != null) {
            return work.run(joined.em());
        }
        EntityManager em = emf.createEntityManager();
        try {
            return work.run(em);
        } finally {
            em.close();
        }
    }

    /**
     * Runs {@code action} once this thread's transaction on {@code emf} has committed, or now when
     * there is none; it never runs when the transaction rolls back.
     */
    public static void afterCommit(EntityManagerFactory emf, Runnable action) {
        Unit joined = joined(emf);
        if (joined == null) {
            action.run();
        } else {
            joined.afterCommit().add(action);
        }
    }

    /** Whether this thread is inside a transaction on {@code emf}. */
    public static boolean inProgress(EntityManagerFactory emf) {
        return joined(emf) != null;
    }

    private static Unit joined(EntityManagerFactory emf) {
        Unit unit = CURRENT.get();
        return unit != null && unit.emf() == emf ? unit : null;
    }

    private static void restore(Unit outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    private static void markRollbackOnly(EntityManager em) {
        EntityTransaction tx = em.getTransaction();
        if (tx.isActive()) {
            tx.setRollbackOnly();
        }
    }
}
