package org.homeward.cases.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.homeward.persistence.Transactions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;

/**
 * The type-ahead's key index ({@code CASE_SEARCH_KEY}): each distinct word of a case's search name
 * and each distinct word start of up to {@link #SHORT} letters. A typed word that short is one exact
 * key, unique per case and read in case order; a longer one is a range of whole words. With several
 * typed words the longest drives the search and each other one is probed per case. Standard SQL
 * (EXISTS, OFFSET/FETCH), for Derby and PostgreSQL alike.
 */
final class SearchWords {

    /** Version of the keys stored for a case; cases below it are still to index. */
    static final int VERSION = 2; // 2: every household member's names, not the principal's alone
    /** Word starts up to this length are keys of their own. */
    static final int SHORT = 3;
    static final int KEY_MAX = 200;
    private static final int BATCH = 1000;

    /** Set once no case lacks its keys; new cases get theirs when they are saved. */
    private volatile boolean complete;

    /** The distinct keys of a folded search name: its words and their starts of 1 to {@link #SHORT} letters. */
    static Set<String> of(String searchName) {
        Set<String> keys = new LinkedHashSet<>();
        for (String w : searchName.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            int[] cps = w.codePoints().toArray();
            for (int n = 1; n <= Math.min(SHORT, cps.length); n++) {
                keys.add(new String(cps, 0, n));
            }
            keys.add(w.length() > KEY_MAX ? w.substring(0, KEY_MAX) : w);
        }
        return keys;
    }

    /** Replaces a case's keys, in the caller's transaction. */
    static void store(EntityManager em, long caseId, String searchName) {
        em.createNativeQuery("DELETE FROM CASE_SEARCH_KEY WHERE CASE_ID = ?1").setParameter(1, caseId)
                .executeUpdate();
        for (String k : of(searchName)) {
            em.createNativeQuery("INSERT INTO CASE_SEARCH_KEY (SEARCH_KEY, CASE_ID) VALUES (?1, ?2)")
                    .setParameter(1, k).setParameter(2, caseId).executeUpdate();
        }
        em.createNativeQuery("UPDATE MIGRANT_CASE SET SEARCH_KEYS_VERSION = ?1 WHERE ID = ?2")
                .setParameter(1, VERSION).setParameter(2, caseId).executeUpdate();
    }

    /** Whether every case has its keys, so that the index gives complete answers. */
    boolean complete(EntityManager em) {
        if (!complete) {
            Number stale = (Number) em
                    .createNativeQuery("SELECT COUNT(*) FROM MIGRANT_CASE WHERE SEARCH_KEYS_VERSION < ?1")
                    .setParameter(1, VERSION).getSingleResult();
            complete = stale.longValue() == 0;
        }
        return complete;
    }

    private static boolean exact(String word) {
        return word.codePointCount(0, word.length()) <= SHORT;
    }

    private static String condition(String alias, String word, int parameter) {
        return alias + ".SEARCH_KEY " + (exact(word) ? "= ?" : "LIKE ?") + parameter;
    }

    /**
     * The SQL of the matching case ids (column CASE_ID of alias k), and its parameters in {@code params}:
     * the longest typed word drives, the others are probed.
     */
    private static String matching(List<String> typed, List<Object> params) {
        List<String> words = new ArrayList<>(typed);
        words.sort(Comparator.comparingInt(String::length).reversed());
        String driver = words.get(0);
        StringBuilder sql = new StringBuilder(" FROM CASE_SEARCH_KEY k WHERE ");
        params.add(exact(driver) ? driver : driver + "%");
        sql.append(condition("k", driver, params.size()));
        for (String other : words.subList(1, words.size())) {
            params.add(exact(other) ? other : other + "%");
            sql.append(" AND EXISTS (SELECT 1 FROM CASE_SEARCH_KEY o WHERE o.CASE_ID = k.CASE_ID AND ")
                    .append(condition("o", other, params.size())).append(')');
        }
        return sql.toString();
    }

    /** Whether the driving word is an exact key: then each case appears once and nothing is to sort. */
    private static boolean unique(List<String> typed) {
        return exact(typed.stream().max(Comparator.comparingInt(String::length)).orElseThrow());
    }

    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    /** The SQL counting the matching cases; its parameters go to {@code params}. */
    static String countSql(List<String> words, List<Object> params) {
        String from = matching(words, params);
        return (unique(words) ? "SELECT COUNT(*)" : "SELECT COUNT(DISTINCT k.CASE_ID)") + from;
    }

    /** The SQL of one page of matching case ids, newest first; its parameters go to {@code params}. */
    static String idsSql(List<String> words, int first, int max, List<Object> params) {
        String from = matching(words, params);
        return (unique(words) ? "SELECT k.CASE_ID" : "SELECT DISTINCT k.CASE_ID") + from
                + " ORDER BY k.CASE_ID DESC OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT " + Math.max(1, max)
                + " ROWS ONLY";
    }

    static long count(EntityManager em, List<String> words) {
        List<Object> params = new ArrayList<>();
        String sql = countSql(words, params);
        return ((Number) bind(em.createNativeQuery(sql), params).getSingleResult()).longValue();
    }

    /** One page of the matching case ids, newest first. */
    static List<Long> ids(EntityManager em, List<String> words, int first, int max) {
        List<Object> params = new ArrayList<>();
        String sql = idsSql(words, first, max, params);
        List<?> rows = bind(em.createNativeQuery(sql), params).getResultList();
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object r : rows) {
            ids.add(((Number) (r instanceof Object[] a ? a[0] : r)).longValue());
        }
        return ids;
    }

    /** Indexes the cases that lack their keys, a batch per transaction; can be cancelled between batches. */
    static IStatus fill(EntityManagerFactory emf, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.SearchWords_job, IProgressMonitor.UNKNOWN);
        while (!progress.isCanceled()) {
            int done = Transactions.inTransaction(emf, em -> {
                List<?> batch = em.createNativeQuery("SELECT ID FROM MIGRANT_CASE"
                        + " WHERE SEARCH_KEYS_VERSION < ?1 ORDER BY ID FETCH FIRST " + BATCH + " ROWS ONLY")
                        .setParameter(1, VERSION).getResultList();
                for (Object row : batch) {
                    Number id = (Number) (row instanceof Object[] r ? r[0] : row);
                    CaseSearch.refresh(em, id.longValue()); // the search name from the household, then its keys
                }
                return batch.size();
            });
            progress.setWorkRemaining(100).worked(1);
            if (done < BATCH) {
                return Status.OK_STATUS;
            }
        }
        return Status.CANCEL_STATUS;
    }
}
