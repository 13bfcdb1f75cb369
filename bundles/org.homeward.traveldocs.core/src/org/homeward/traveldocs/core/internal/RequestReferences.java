package org.homeward.traveldocs.core.internal;

import org.homeward.persistence.NativeSql;

import jakarta.persistence.EntityManager;

/**
 * Request references {@code TD-<YEAR>-<NNNNN>}, counted per year in
 * {@code TRAVEL_DOC_REFERENCE_COUNTER}. The counter row is updated in the caller's transaction, so
 * the database's row lock keeps references unique when two workstations create requests at once.
 */
final class RequestReferences {

    private RequestReferences() {
    }

    /** Takes the next reference of {@code year}; call inside a transaction. */
    static String next(EntityManager em, int year) {
        if (take(em, year) == 0) {
            // the year's first reference: the row is made apart, so that two workstations starting it both go on
            NativeSql.insertOnce(em.getEntityManagerFactory(),
                    "INSERT INTO TRAVEL_DOC_REFERENCE_COUNTER (YEAR_OF, LAST_NUMBER) VALUES (?, 0)", year);
            take(em, year);
        }
        int number = ((Number) em.createNativeQuery("SELECT LAST_NUMBER FROM TRAVEL_DOC_REFERENCE_COUNTER"
                + " WHERE YEAR_OF = ?").setParameter(1, year).getSingleResult()).intValue();
        return String.format("TD-%d-%05d", year, number);
    }

    /** Moves the year's counter under its row lock, held until the transaction ends; the rows moved. */
    private static int take(EntityManager em, int year) {
        return em.createNativeQuery(
                "UPDATE TRAVEL_DOC_REFERENCE_COUNTER SET LAST_NUMBER = LAST_NUMBER + 1 WHERE YEAR_OF = ?")
                .setParameter(1, year).executeUpdate();
    }
}
