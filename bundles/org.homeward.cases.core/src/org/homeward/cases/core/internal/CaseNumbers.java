package org.homeward.cases.core.internal;

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
        int updated = em.createNativeQuery(
                "UPDATE CASE_NUMBER_COUNTER SET NEXT_VALUE = NEXT_VALUE + 1 WHERE PREFIX = ? AND COUNTER_YEAR = ?")
                .setParameter(1, prefix).setParameter(2, year).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO CASE_NUMBER_COUNTER (PREFIX, COUNTER_YEAR, NEXT_VALUE) VALUES (?, ?, 2)")
                    .setParameter(1, prefix).setParameter(2, year).executeUpdate();
            return 1;
        }
        Number next = (Number) em
                .createNativeQuery("SELECT NEXT_VALUE FROM CASE_NUMBER_COUNTER WHERE PREFIX = ? AND COUNTER_YEAR = ?")
                .setParameter(1, prefix).setParameter(2, year).getSingleResult();
        return next.intValue() - 1;
    }

    /** Takes {@code count} consecutive numbers and returns the first; call inside a transaction. */
    static int reserve(EntityManager em, String prefix, int year, int count) {
        int first = next(em, prefix, year);
        if (count > 1) {
            em.createNativeQuery("UPDATE CASE_NUMBER_COUNTER SET NEXT_VALUE = NEXT_VALUE + ? WHERE PREFIX = ?"
                    + " AND COUNTER_YEAR = ?").setParameter(1, count - 1).setParameter(2, prefix).setParameter(3, year)
                    .executeUpdate();
        }
        return first;
    }
}
