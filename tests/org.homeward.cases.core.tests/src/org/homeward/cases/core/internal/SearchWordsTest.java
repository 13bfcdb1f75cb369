package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Sex;
import org.homeward.persistence.Transactions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/** The type-ahead's word index: the same answers as a scan of the names, and old cases indexed later. */
class SearchWordsTest {

    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    private static List<Long> ids(CaseServiceImpl cases, String typed) {
        return cases.page(new CaseFilter(typed), 0, 50).stream().map(CaseRow::id).toList();
    }

    @Test
    void wordsOfEveryNameAreIndexedOnRegistration() throws Exception {
        String family = "Keita" + TestDatabase.letters(6);
        CaseServiceImpl cases = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null, TestUser.ASSISTANT);
        MigrantCase c = cases.register(new NewCase(family, "Mamadou Aliou", "مامادو", Sex.MALE,
                DateOfBirth.estimatedYear(1990), "GN"));

        List<?> words = Transactions.read(emf, em -> em
                .createNativeQuery(
                        "SELECT SEARCH_KEY FROM CASE_SEARCH_KEY WHERE CASE_ID = ?1 AND LENGTH(SEARCH_KEY) > 3 ORDER BY SEARCH_KEY")
                .setParameter(1, c.getId()).getResultList());
        assertEquals(List.of("aliou", family.toLowerCase(), "mamadou", "مامادو"), words);
        // word starts of up to three letters are keys of their own, once per case
        assertEquals(java.util.Set.of("d", "di", "dia", "diallo", "m", "ma", "mam", "mamadou", "mal", "malick"),
                SearchWords.of("diallo mamadou malick"));
        assertEquals(List.of(c.getId()), ids(cases, family.substring(0, 7) + " ali"));
        assertEquals(List.of(c.getId()), ids(cases, "MAMADOU " + family));
        assertEquals(List.of(), ids(cases, family + " ousmane"));
        assertEquals(1, cases.count(new CaseFilter("مامادو " + family)));
    }

    @Test
    void aCaseSavedBeforeTheIndexIsFoundByScanUntilTheIndexerHasRun() throws Exception {
        String family = "Conde" + TestDatabase.letters(6);
        CaseServiceImpl cases = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null, TestUser.ASSISTANT);
        MigrantCase c = cases.register(new NewCase(family, "Fatoumata", null, Sex.FEMALE,
                DateOfBirth.estimatedYear(1992), "GN"));
        Transactions.inTransaction(emf, em -> { // as if registered by a version without the word index
            em.createNativeQuery("DELETE FROM CASE_SEARCH_KEY WHERE CASE_ID = ?1").setParameter(1, c.getId())
                    .executeUpdate();
            return em.createNativeQuery("UPDATE MIGRANT_CASE SET SEARCH_KEYS_VERSION = 0 WHERE ID = ?1")
                    .setParameter(1, c.getId()).executeUpdate();
        });

        CaseServiceImpl fresh = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null, TestUser.ASSISTANT);
        assertFalse(Transactions.read(emf, em -> new SearchWords().complete(em)));
        assertEquals(List.of(c.getId()), ids(fresh, family + " fatou"), "found by the scan meanwhile");

        assertTrue(SearchWords.fill(emf, new NullProgressMonitor()).isOK());

        assertTrue(Transactions.read(emf, em -> new SearchWords().complete(em)));
        assertEquals(List.of(c.getId()), ids(fresh, family + " fatou"), "found through the words now");
    }

    @Test
    void theIndexAnswersAsTheNameScanDoes() throws Exception {
        String family = "Barry" + TestDatabase.letters(6);
        CaseServiceImpl cases = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null, TestUser.ASSISTANT);
        cases.register(new NewCase(family, "Mamadou Malick", null, Sex.MALE, DateOfBirth.estimatedYear(1988), "GN"));
        cases.register(new NewCase(family, "Mariama", null, Sex.FEMALE, DateOfBirth.estimatedYear(1991), "GN"));
        cases.register(new NewCase("Bah", "Malick", null, Sex.MALE, DateOfBirth.estimatedYear(1979), "SN"));
        // a criterion that keeps every case makes the list scan the names instead of using the index
        java.time.LocalDate always = java.time.LocalDate.of(2000, 1, 1);
        for (String typed : new String[]{"ma", "m", "mal", "mamadou", family.toLowerCase(), family + " ma",
                "ma " + family.substring(0, 3), "bah mal", "b m", "zzzz"}) {
            CaseFilter indexed = new CaseFilter(typed);
            CaseFilter scanned = indexed.withRegistered(always, null);
            assertFalse(Where.words(indexed).isEmpty(), typed);
            assertTrue(Where.words(scanned).isEmpty(), typed);
            assertEquals(cases.count(scanned), cases.count(indexed), "count of '" + typed + "'");
            assertEquals(cases.page(scanned, 0, 30).stream().map(CaseRow::id).toList(),
                    cases.page(indexed, 0, 30).stream().map(CaseRow::id).toList(), "first page of '" + typed + "'");
            assertEquals(cases.page(scanned, 5, 10).stream().map(CaseRow::id).toList(),
                    cases.page(indexed, 5, 10).stream().map(CaseRow::id).toList(), "second page of '" + typed + "'");
        }
    }
}
