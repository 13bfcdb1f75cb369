package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Sex;
import org.homeward.common.security.Role;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Case-list figures at scale (default 200,000 cases): first page of the list, type-ahead filter and
 * duplicate search through the services, and the same queries as raw SQL in the same run. Prints
 * p50/p95 and the ratio service / raw SQL. Targets: first page 100 ms, filter and duplicates 50 ms p95.
 */
class CaseQueriesBenchmark {

    private static final int RUNS = 60;
    private static final String[] TYPED = {"dia", "diallo", "diallo ma", "trao", "traore mou", "kou", "kouassi y",
            "ndiaye", "sow fat", "cam", "okafor", "mbarga", "kone", "bah a", "sylla", "DEM-2024-0001", "sidibe",
            "coulibaly s", "ba", "fofana"};

    private EntityManagerFactory emf;

    /** Times {@code runs} runs of {@code work}, after as many unmeasured ones (JIT, database page cache). */
    private static long[] time(int runs, Runnable work) {
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ns[i] = System.nanoTime() - start;
        }
        Arrays.sort(ns);
        return ns;
    }

    private static long[] once(int runs, Runnable work) {
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ns[i] = System.nanoTime() - start;
        }
        Arrays.sort(ns);
        return ns;
    }

    private static double p(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static void line(String what, long[] service, long[] raw) {
        System.out.printf(
                "  %-34s service p50 %7.1f ms  p95 %7.1f ms | raw SQL p50 %7.1f ms  p95 %7.1f ms | ratio p95 %.2f%n",
                what, p(service, 0.5), p(service, 0.95), p(raw, 0.5), p(raw, 0.95), p(service, 0.95) / p(raw, 0.95));
    }

    /** The everyday user the queries are made for. */
    private final org.homeward.common.security.CurrentUser user = new org.homeward.common.security.CurrentUser() {

        @Override
        public String name() {
            return "bench";
        }

        @Override
        public Role role() {
            return Role.OPERATIONS_ASSISTANT;
        }
    };

    @Test
    void caseListTypeAheadAndDuplicateSearchAtScale() throws Exception {
        ServiceTracker<EntityManagerFactory, EntityManagerFactory> t = new ServiceTracker<>(
                FrameworkUtil.getBundle(CaseQueriesBenchmark.class).getBundleContext(), EntityManagerFactory.class,
                null);
        t.open();
        emf = t.waitForService(120_000);
        assertNotNull(emf);
        int wanted = Integer.getInteger("homeward.bench.cases", 200_000);
        CaseServiceImpl cases = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null, user);
        long present = cases.count(CaseFilter.ALL);
        if (present < wanted) {
            long start = System.nanoTime();
            int written = new DemoData(emf, present).generate((int) (wanted - present), n -> {
            }, () -> false);
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("generated %d demonstration cases in %.1f s (%.0f cases/s)%n", written, s, written / s);
        }
        long start = System.nanoTime();
        long stale;
        while ((stale = staleKeys()) > 0) { // the indexing job of the duplicate service recomputes old keys
            Thread.sleep(1000);
            if ((System.nanoTime() - start) / 1e9 > 1800) {
                throw new IllegalStateException(stale + " persons still without current name keys after 30 min");
            }
        }
        System.out.printf("name keys current after %.1f s%n", (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        while ((stale = staleWords()) > 0) { // the search-word indexer fills cases saved before the word index
            Thread.sleep(1000);
            if ((System.nanoTime() - start) / 1e9 > 1800) {
                throw new IllegalStateException(stale + " cases still without search keys after 30 min");
            }
        }
        System.out.printf("search keys current after %.1f s%n", (System.nanoTime() - start) / 1e9);
        long total = cases.count(CaseFilter.ALL);
        assertTrue(total >= wanted, "cases in the database: " + total);
        System.out.printf("case queries on %d cases (%d cores, %s)%n", total,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        // first page of the case list: the count and the first 100 rows, as the list asks when it opens
        long[] firstService = time(RUNS, () -> {
            cases.count(CaseFilter.ALL);
            cases.page(CaseFilter.ALL, 0, 100);
        });
        long[] firstRaw = time(RUNS, () -> raw(em -> {
            count(em, "SELECT COUNT(*) FROM MIGRANT_CASE");
            rows(em, "SELECT ID, CASE_NUMBER, FAMILY_NAME, GIVEN_NAMES FROM MIGRANT_CASE ORDER BY ID DESC"
                    + " FETCH FIRST 100 ROWS ONLY");
        }));
        line("case list first page", firstService, firstRaw);

        // type-ahead: what a user types, each with the count and the first page
        int[] q = {0};
        long[] typeService = time(RUNS, () -> {
            CaseFilter f = new CaseFilter(TYPED[q[0]++ % TYPED.length]);
            cases.count(f);
            cases.page(f, 0, 100);
        });
        q[0] = 0;
        long[] typeRaw = time(RUNS, () -> {
            CaseFilter f = new CaseFilter(TYPED[q[0]++ % TYPED.length]);
            List<String> words = Where.words(f);
            if (words.isEmpty()) { // a case number: the LIKE on the indexed number
                Where w = Where.of(f);
                String sql = w.jpql().replace("c.caseNumber", "CASE_NUMBER").replaceAll("\\?\\d+", "?");
                raw(em -> {
                    count(em, "SELECT COUNT(*) FROM MIGRANT_CASE" + sql, w.parameters().toArray());
                    rows(em, "SELECT ID, CASE_NUMBER, FAMILY_NAME, GIVEN_NAMES FROM MIGRANT_CASE" + sql
                            + " ORDER BY ID DESC FETCH FIRST 100 ROWS ONLY", w.parameters().toArray());
                });
                return;
            }
            List<Object> countParams = new ArrayList<>();
            String countSql = SearchWords.countSql(words, countParams).replaceAll("\\?\\d+", "?");
            List<Object> idParams = new ArrayList<>();
            String idSql = SearchWords.idsSql(words, 0, 100, idParams).replaceAll("\\?\\d+", "?");
            raw(em -> {
                count(em, countSql, countParams.toArray());
                rows(em, "SELECT c.ID, c.CASE_NUMBER, c.FAMILY_NAME, c.GIVEN_NAMES FROM MIGRANT_CASE c JOIN ("
                        + idSql + ") p ON c.ID = p.CASE_ID ORDER BY c.ID DESC", idParams.toArray());
            });
        });
        q[0] = 0;
        long[] typeScan = time(RUNS / 3, () -> {
            Where w = Where.of(new CaseFilter(TYPED[q[0]++ % TYPED.length]));
            String sql = w.jpql().replace("c.searchName", "SEARCH_NAME").replace("c.caseNumber", "CASE_NUMBER")
                    .replaceAll("\\?\\d+", "?");
            raw(em -> {
                count(em, "SELECT COUNT(*) FROM MIGRANT_CASE" + sql, w.parameters().toArray());
                rows(em, "SELECT ID, CASE_NUMBER, FAMILY_NAME, GIVEN_NAMES FROM MIGRANT_CASE" + sql
                        + " ORDER BY ID DESC FETCH FIRST 100 ROWS ONLY", w.parameters().toArray());
            });
        });
        System.out.printf("  %-34s raw SQL p50 %7.1f ms  p95 %7.1f ms (name scan, before the word index)%n",
                "type-ahead by LIKE on names", p(typeScan, 0.5), p(typeScan, 0.95));
        line("type-ahead filter (count + page)", typeService, typeRaw);
        StringBuilder slowest = new StringBuilder("  slowest typed (service, best of 3):");
        java.util.Map<String, Double> best = new java.util.TreeMap<>();
        for (String typed : TYPED) {
            CaseFilter f = new CaseFilter(typed);
            best.put(typed, p(once(3, () -> {
                cases.count(f);
                cases.page(f, 0, 100);
            }), 0.0));
        }
        best.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                .forEach(e -> slowest.append(String.format(" '%s' %.1f ms", e.getKey(), e.getValue())));
        System.out.println(slowest);

        // duplicate search: registered names typed with other spellings
        List<PersonDraft> drafts = drafts();
        DuplicateServiceImpl duplicates = new DuplicateServiceImpl(emf, user);
        q[0] = 0;
        long[] dupService = time(RUNS, () -> duplicates.candidates(drafts.get(q[0]++ % drafts.size()), 10));
        q[0] = 0;
        long[] dupRaw = time(RUNS, () -> {
            PersonDraft d = drafts.get(q[0]++ % drafts.size());
            Set<String> keys = NameKeys.latin(d.familyName());
            keys.addAll(NameKeys.latin(d.givenNames()));
            String in = String.join(",", keys.stream().map(k -> "?").toList());
            List<Object> params = new ArrayList<>(keys);
            params.add(d.nationality());
            params.add(d.dateOfBirth().year() - 1);
            params.add(d.dateOfBirth().year() + 1);
            raw(em -> rows(em, "SELECT DISTINCT k.PERSON_ID FROM PERSON_NAME_KEY k WHERE k.NAME_KEY IN (" + in
                    + ") AND k.NATIONALITY = ? AND k.BIRTH_YEAR BETWEEN ? AND ?"
                    + " FETCH FIRST 200 ROWS ONLY", params.toArray()));
        });
        line("duplicate candidates", dupService, dupRaw);
        System.out.printf(
                "targets: first page <= 100 ms, type-ahead and duplicates <= 50 ms at p95 (%d measured runs each, after as many unmeasured)%n",
                RUNS);
    }

    private long staleWords() {
        return org.homeward.persistence.Transactions.read(emf, em -> ((Number) em
                .createNativeQuery(
                        "SELECT COUNT(*) FROM MIGRANT_CASE WHERE SEARCH_KEYS_VERSION < " + SearchWords.VERSION)
                .getSingleResult()).longValue());
    }

    private long staleKeys() {
        return org.homeward.persistence.Transactions.read(emf, em -> em
                .createQuery("SELECT COUNT(p) FROM Person p WHERE p.nameKeysVersion < :v", Long.class)
                .setParameter("v", NameKeys.VERSION).getSingleResult());
    }

    private static List<PersonDraft> drafts() {
        String[][] typed = {{"Jallow", "Mamadu", "GN"}, {"Traore", "Musa", "ML"}, {"Kone", "Adama", "CI"},
                {"N'Diaye", "Fatu", "SN"}, {"Kamara", "Ibrahim", "GN"}, {"Okafor", "Chinedu", "NG"},
                {"Mbarga", "Jean Pierre", "CM"}, {"Sisse", "Mohammed", "SN"}, {"Kulibali", "Seydou", "ML"},
                {"Ba", "Aissatou", "GN"}};
        Random r = new Random(7);
        List<PersonDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String[] t = typed[i % typed.length];
            drafts.add(
                    new PersonDraft(t[0], t[1], null, null, Sex.MALE, DateOfBirth.estimatedYear(1975 + r.nextInt(30)),
                            t[2]));
        }
        return drafts;
    }

    private interface SqlWork {

        void run(Connection c) throws SQLException;
    }

    private void raw(SqlWork work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.run(em.unwrap(Connection.class));
            em.getTransaction().rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            em.close();
        }
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

}
