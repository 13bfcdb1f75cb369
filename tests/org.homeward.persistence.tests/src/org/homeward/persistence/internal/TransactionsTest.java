package org.homeward.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.homeward.persistence.Transactions;
import org.homeward.persistence.tests.contribution.Note;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.EntityManagerFactory;

/** A service called inside another's transaction joins it: the use case commits once, or not at all. */
class TransactionsTest {

    @TempDir
    Path data;

    private Database db;
    private EntityManagerFactory emf;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(DatabaseSettings.embeddedDerby(data), List.of(DatabaseTest.contribution()),
                Database.class.getClassLoader());
        emf = db.emf();
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private long notes() {
        return Transactions.read(emf, em -> em.createQuery("SELECT COUNT(n) FROM Note n", Long.class)
                .getSingleResult());
    }

    /** Another service's write, which opens its own transaction when called alone. */
    private void write(String code) {
        Transactions.inTransaction(emf, em -> {
            em.persist(new Note(code, "nested"));
            return null;
        });
    }

    @Test
    void nestedWorkJoinsTheOuterTransactionOnTheSameEntityManager() {
        Transactions.inTransaction(emf, outer -> {
            Transactions.inTransaction(emf, inner -> {
                assertSame(outer, inner);
                return null;
            });
            write("J-1");
            assertEquals(1L, notes(), "a read inside the transaction sees its own writes");
            return null;
        });
        assertEquals(1L, notes());
    }

    @Test
    void failureAfterANestedWriteLeavesNothing() {
        assertThrows(IllegalStateException.class, () -> Transactions.inTransaction(emf, em -> {
            write("R-1");
            throw new IllegalStateException("refused after the nested write");
        }));
        assertEquals(0L, notes(), "the nested write was not committed on its own");
    }

    @Test
    void nestedFailureCaughtByTheCallerStillRollsEverythingBack() {
        assertThrows(RuntimeException.class, () -> Transactions.inTransaction(emf, em -> {
            em.persist(new Note("C-1", "outer"));
            try {
                Transactions.inTransaction(emf, inner -> {
                    throw new IllegalArgumentException("nested refusal");
                });
            } catch (IllegalArgumentException expected) {
                // the caller goes on as if nothing happened: the commit must not keep half the work
            }
            return null;
        }));
        assertEquals(0L, notes());
    }

    @Test
    void afterCommitRunsOnlyOnceCommittedAndNeverOnRollback() {
        List<String> done = new ArrayList<>();
        Transactions.inTransaction(emf, em -> {
            Transactions.afterCommit(emf, () -> done.add("moved " + notes()));
            write("A-1");
            assertTrue(done.isEmpty(), "not before the commit");
            return null;
        });
        assertEquals(List.of("moved 1"), done);

        assertThrows(IllegalStateException.class, () -> Transactions.inTransaction(emf, em -> {
            Transactions.afterCommit(emf, () -> done.add("never"));
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(1, done.size());
        assertFalse(Transactions.inProgress(emf));
    }
}
