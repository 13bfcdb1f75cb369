package org.homeward.cases.core.internal;

import java.util.ArrayList;
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
 * The type-ahead's word index ({@code CASE_SEARCH_WORD}): each distinct word of a case's search name,
 * so that "each typed word starts a word of the names" is an index range per word, the words'
 * cases intersected. Standard SQL (INTERSECT, OFFSET/FETCH), for Derby and PostgreSQL alike.
 */
final class SearchWords {

    /** Version of the words stored for a case; cases below it are still to index. */
    static final int VERSION = 1;
    static final int WORD_MAX = 200;
    private static final int BATCH = 1000;

    /** Set once no case lacks its words; new cases get theirs when they are saved. */
    private volatile boolean complete;

    /** The distinct words of a folded search name. */
    static Set<String> of(String searchName) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : searchName.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w.length() > WORD_MAX ? w.substring(0, WORD_MAX) : w);
            }
        }
        return words;
    }

    /** Replaces a case's words, in the caller's transaction. */
    static void store(EntityManager em, long caseId, String searchName) {
        em.createNativeQuery("DELETE FROM CASE_SEARCH_WORD WHERE CASE_ID = ?1").setParameter(1, caseId)
                .executeUpdate();
        for (String w : of(searchName)) {
            em.createNativeQuery("INSERT INTO CASE_SEARCH_WORD (WORD, CASE_ID) VALUES (?1, ?2)").setParameter(1, w)
                    .setParameter(2, caseId).executeUpdate();
        }
        em.createNativeQuery("UPDATE MIGRANT_CASE SET SEARCH_WORDS_VERSION = ?1 WHERE ID = ?2")
                .setParameter(1, VERSION).setParameter(2, caseId).executeUpdate();
    }

    /** Whether every case has its words, so that the index gives complete answers. */
    boolean complete(EntityManager em) {
        if (!complete) {
            Number stale = (Number) em
                    .createNativeQuery("SELECT COUNT(*) FROM MIGRANT_CASE WHERE SEARCH_WORDS_VERSION < ?1")
                    .setParameter(1, VERSION).getSingleResult();
            complete = stale.longValue() == 0;
        }
        return complete;
    }

    /** The ids of the cases each of whose {@code words} starts a word of the names, as SQL. */
    private static String matching(List<String> words) {
        if (words.size() == 1) {
            return "SELECT DISTINCT CASE_ID FROM CASE_SEARCH_WORD WHERE WORD LIKE ?1";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= words.size(); i++) {
            parts.add("SELECT CASE_ID FROM CASE_SEARCH_WORD WHERE WORD LIKE ?" + i);
        }
        return String.join(" INTERSECT ", parts);
    }

    private static Query bind(Query q, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            q.setParameter(i + 1, words.get(i) + "%");
        }
        return q;
    }

    static long count(EntityManager em, List<String> words) {
        return ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM (" + matching(words) + ") m"), words)
                .getSingleResult()).longValue();
    }

    /** One page of the matching case ids, newest first. */
    static List<Long> ids(EntityManager em, List<String> words, int first, int max) {
        List<?> rows = bind(em.createNativeQuery("SELECT m.CASE_ID FROM (" + matching(words)
                + ") m ORDER BY m.CASE_ID DESC OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT " + Math.max(1, max)
                + " ROWS ONLY"), words).getResultList();
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object r : rows) {
            ids.add(((Number) (r instanceof Object[] a ? a[0] : r)).longValue());
        }
        return ids;
    }

    /** Indexes the cases that lack their words, a batch per transaction; can be cancelled between batches. */
    static IStatus fill(EntityManagerFactory emf, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.SearchWords_job, IProgressMonitor.UNKNOWN);
        while (!progress.isCanceled()) {
            int done = Transactions.inTransaction(emf, em -> {
                List<?> batch = em.createNativeQuery("SELECT ID, SEARCH_NAME FROM MIGRANT_CASE"
                        + " WHERE SEARCH_WORDS_VERSION < ?1 ORDER BY ID FETCH FIRST " + BATCH + " ROWS ONLY")
                        .setParameter(1, VERSION).getResultList();
                for (Object row : batch) {
                    Object[] r = (Object[]) row;
                    store(em, ((Number) r[0]).longValue(), (String) r[1]);
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
