package org.homeward.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;

/**
 * Plain SQL on an area's own tables, in the transaction of the calling thread: statements that bind one
 * value to each of their {@code ?} (a case's id, say), and rows read as text for people to read
 * (dates {@code dd/MM/yyyy}, times {@code dd/MM/yyyy HH:mm}, nulls empty). For bulk work the mapping has no
 * use for; the entity cache is the caller's to refresh.
 *
 * @since 1.3
 */
public final class NativeSql {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private NativeSql() {
    }

    /** Runs each statement with {@code value} bound to every one of its {@code ?}; returns the rows changed. */
    public static int updateEach(EntityManagerFactory emf, Object value, List<String> statements) {
        return Transactions.inTransaction(emf, em -> {
            int changed = 0;
            for (String sql : statements) {
                changed += bindAll(em.createNativeQuery(sql), sql, value).executeUpdate();
            }
            return changed;
        });
    }

    /**
     * Inserts a row in a transaction of its own, unless another transaction (another workstation's) inserted
     * it first: a counter's first row, say, which the caller's transaction then updates under the row lock
     * that keeps counted numbers unique. Two workstations starting a counter at once thus both go on.
     *
     * @param values bound to the {@code ?} of {@code insert} in order
     * @since 1.5
     */
    public static void insertOnce(EntityManagerFactory emf, String insert, Object... values) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            Query q = em.createNativeQuery(insert);
            for (int i = 0; i < values.length; i++) {
                q.setParameter(i + 1, values[i]);
            }
            q.executeUpdate();
            em.getTransaction().commit();
        } catch (PersistenceException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            if (!duplicateKey(e)) {
                throw e;
            }
        } finally {
            em.close();
        }
    }

    /** Whether {@code e} comes from a unique or primary key refusing a row (SQL state class 23). */
    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** The rows of {@code sql} ({@code value} bound to every {@code ?}) as text, {@code headers} first. */
    public static List<List<String>> table(EntityManagerFactory emf, List<String> headers, String sql, Object value) {
        return Transactions.read(emf, em -> {
            List<List<String>> rows = new ArrayList<>();
            rows.add(headers);
            for (Object row : bindAll(em.createNativeQuery(sql), sql, value).getResultList()) {
                Object[] cells = row instanceof Object[] a ? a : new Object[]{row};
                rows.add(Arrays.stream(cells).map(NativeSql::text).toList());
            }
            return rows;
        });
    }

    private static Query bindAll(Query q, String sql, Object value) {
        long marks = sql.chars().filter(ch -> ch == '?').count();
        for (int i = 1; i <= marks; i++) {
            q.setParameter(i, value);
        }
        return q;
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof java.sql.Timestamp t) {
            return TIME.format(t.toLocalDateTime());
        }
        if (cell instanceof java.sql.Date d) {
            return DAY.format(d.toLocalDate());
        }
        if (cell instanceof LocalDateTime t) {
            return TIME.format(t);
        }
        if (cell instanceof LocalDate d) {
            return DAY.format(d);
        }
        return String.valueOf(cell).strip();
    }
}
