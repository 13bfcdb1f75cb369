package org.homeward.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/** Runs a unit of work in one resource-local transaction: all of it is committed, or none. */
public final class Transactions {

    /** Work on an entity manager that may throw a checked exception of type {@code X}. */
    @FunctionalInterface
    public interface Work<T, X extends Exception> {

        T run(EntityManager em) throws X;
    }

    private Transactions() {
    }

    /**
     * Opens an entity manager, begins a transaction, runs {@code work} and commits. Any exception
     * rolls the transaction back and is rethrown.
     */
    public static <T, X extends Exception> T inTransaction(EntityManagerFactory emf, Work<T, X> work) throws X {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.run(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs read-only {@code work} on a fresh entity manager, without a transaction. */
    public static <T, X extends Exception> T read(EntityManagerFactory emf, Work<T, X> work) throws X {
        EntityManager em = emf.createEntityManager();
        try {
            return work.run(em);
        } finally {
            em.close();
        }
    }
}
