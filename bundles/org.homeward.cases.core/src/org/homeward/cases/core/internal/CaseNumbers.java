package org.homeward.cases.core.internal;

import org.homeward.persistence.NativeSql;

import jakarta.persistence.EntityManager;

/**
 * Case numbers {@code <PREFIX>-<YEAR>-<NNNNN>}, counted per office prefix and year in
 * {@code CASE_NUMBER_COUNTER}. The counter row is updated in the caller's transaction, so the
 * database's row lock keeps numbers unique across workbenches sharing one database.
 */
final class CaseNumbers {

    private CaseNumbers() {
    }

    static String format(String prefix, int year, int sequence) {
        return String.format("%s-%04d-%05d", prefix, year, sequence);
    }

    /** Takes the next number for {@code prefix} and {@code year}; call inside a transaction. */
    static int next(EntityManager em, String prefix, int year) {
        if (count(em, prefix, year, 1) == 0) {
            // the year's first number: the row is made apart, so that two workstations starting it both go on
            NativeSql.insertOnce(em.getEntityManagerFactory(),
                    "INSERT INTO CASE_NUMBER_COUNTER (PREFIX, COUNTER_YEAR, NEXT_VALUE) VALUES (?, ?, 1)", prefix,
                    year);
            count(em, prefix, year, 1);
        }
        Number next = (Number) em
                .createNativeQuery("SELECT NEXT_VALUE FROM CASE_NUMBER_COUNTER WHERE PREFIX = ? AND COUNTER_YEAR = ?")
                .setParameter(1, prefix).setParameter(2, year).getSingleResult();
        return next.intValue() - 1;
    }

    /** Moves the counter by {@code by} under its row lock, held until the transaction ends; the rows moved. */
    private static int count(EntityManager em, String prefix, int year, int by) {
        return em.createNativeQuery(
                "UPDATE CASE_NUMBER_COUNTER SET NEXT_VALUE = NEXT_VALUE + ? WHERE PREFIX = ? AND COUNTER_YEAR = ?")
                .setParameter(1, by).setParameter(2, prefix).setParameter(3, year).executeUpdate();
    }

    /** Takes {@code count} consecutive numbers and returns the first; call inside a transaction. */
    static int reserve(EntityManager em, String prefix, int year, int count) {
        int first = next(em, prefix, year);
        if (count > 1) {
            count(em, prefix, year, count - 1);
        }
        return first;
    }
}
