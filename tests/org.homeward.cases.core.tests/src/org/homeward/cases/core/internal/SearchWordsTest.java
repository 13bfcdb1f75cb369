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
                .createNativeQuery("SELECT WORD FROM CASE_SEARCH_WORD WHERE CASE_ID = ?1 ORDER BY WORD")
                .setParameter(1, c.getId()).getResultList());
        assertEquals(List.of("aliou", family.toLowerCase(), "mamadou", "مامادو"), words);
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
            em.createNativeQuery("DELETE FROM CASE_SEARCH_WORD WHERE CASE_ID = ?1").setParameter(1, c.getId())
                    .executeUpdate();
            return em.createNativeQuery("UPDATE MIGRANT_CASE SET SEARCH_WORDS_VERSION = 0 WHERE ID = ?1")
                    .setParameter(1, c.getId()).executeUpdate();
        });

        CaseServiceImpl fresh = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null, TestUser.ASSISTANT);
        assertFalse(Transactions.read(emf, em -> new SearchWords().complete(em)));
        assertEquals(List.of(c.getId()), ids(fresh, family + " fatou"), "found by the scan meanwhile");

        assertTrue(SearchWords.fill(emf, new NullProgressMonitor()).isOK());

        assertTrue(Transactions.read(emf, em -> new SearchWords().complete(em)));
        assertEquals(List.of(c.getId()), ids(fresh, family + " fatou"), "found through the words now");
    }
}
