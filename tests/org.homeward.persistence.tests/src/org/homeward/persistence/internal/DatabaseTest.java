package org.homeward.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.persistence.Transactions;
import org.homeward.persistence.tests.contribution.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

/**
 * The database opened with what this test bundle contributes (an entity, its table and script),
 * as an area or a country plugin contributes, without the persistence bundle naming it.
 */
class DatabaseTest {

    @TempDir
    Path data;

    /** This test bundle, which declares its contribution in its manifest. */
    static Bundle testBundle() {
        for (Bundle b : FrameworkUtil.getBundle(Database.class).getBundleContext().getBundles()) {
            if ("org.homeward.persistence.tests".equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new IllegalStateException("test bundle not installed");
    }

    static SchemaContribution contribution() throws Exception {
        return SchemaContribution.of(testBundle());
    }

    private Database open() throws Exception {
        return Database.open(DatabaseSettings.embeddedDerby(data), List.of(contribution()),
                Database.class.getClassLoader());
    }

    @Test
    void testBundleDeclaresItsEntityAndScript() throws Exception {
        SchemaContribution c = contribution();
        assertEquals("persistencetests", c.name());
        assertEquals(List.of(Note.class.getName()), c.entityClasses());
        assertEquals(List.of("V001__notes.sql"), c.migrations().stream().map(Migration::script).toList());
    }

    @Test
    void contributedEntitySurvivesClosingAndReopeningTheDatabase() throws Exception {
        long id;
        try (Database db = open()) {
            assertEquals(Map.of("persistencetests", 1), db.schemaVersions());
            id = Transactions.inTransaction(db.emf(), em -> {
                Note n = new Note("N-1", "Aminata Traoré — أميناتا تراوري");
                em.persist(n);
                em.flush();
                return n.getId();
            });
        }
        assertTrue(Files.isDirectory(data.resolve("database")), "the database lives in the data directory");

        try (Database db = open()) {
            Note read = Transactions.read(db.emf(), em -> em.find(Note.class, id));
            assertNotNull(read);
            assertEquals("Aminata Traoré — أميناتا تراوري", read.getText());
            assertNotNull(read.getWrittenAt());
        }
    }

    @Test
    void concurrentEditIsRefusedNotOverwritten() throws Exception {
        try (Database db = open()) {
            long id = Transactions.inTransaction(db.emf(), em -> {
                Note n = new Note("N-2", "first");
                em.persist(n);
                em.flush();
                return n.getId();
            });
            EntityManager first = db.emf().createEntityManager();
            EntityManager second = db.emf().createEntityManager();
            try {
                Note a = first.find(Note.class, id);
                Note b = second.find(Note.class, id);
                first.getTransaction().begin();
                a.setText("edited here");
                first.getTransaction().commit();

                second.getTransaction().begin();
                b.setText("edited there");
                RollbackException e = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
                assertTrue(e.getCause() instanceof OptimisticLockException, String.valueOf(e.getCause()));
            } finally {
                first.close();
                second.close();
            }
            assertEquals("edited here", Transactions.read(db.emf(), em -> em.find(Note.class, id).getText()));
        }
    }

    @Test
    void uniqueConstraintOfTheContributedScriptHolds() throws Exception {
        try (Database db = open()) {
            Transactions.inTransaction(db.emf(), em -> {
                em.persist(new Note("N-3", "one"));
                return null;
            });
            assertThrows(RuntimeException.class, () -> Transactions.inTransaction(db.emf(), em -> {
                em.persist(new Note("N-3", "two"));
                return null;
            }));
            long count = Transactions.read(db.emf(),
                    em -> em.createQuery("SELECT COUNT(n) FROM Note n", Long.class).getSingleResult());
            assertEquals(1, count);
        }
    }

    @Test
    void contributionRequiringAnAbsentOneIsRefusedByName() throws Exception {
        SchemaContribution c = contribution();
        SchemaContribution needy = new SchemaContribution("needy", List.of("absent"), List.of(), List.of(),
                c.classLoader());
        MigrationException e = assertThrows(MigrationException.class, () -> Database
                .open(DatabaseSettings.embeddedDerby(data), List.of(c, needy), Database.class.getClassLoader()));
        assertTrue(e.getMessage().contains("needy") && e.getMessage().contains("absent"), e.getMessage());
    }

    @Test
    void nothingIsWrittenToTheWorkingDirectory() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        try (Database db = open()) {
            assertNotNull(db.emf());
        }
        assertFalse(Files.exists(cwd.resolve("derby.log")), "derby.log in " + cwd);
        assertFalse(Files.exists(cwd.resolve("database")), "database in " + cwd);
        assertTrue(List.of(data.toFile().list()).contains("logs"), "derby.log goes to the data directory's logs/");
    }

    @Test
    void theDataFolderAndTheDatabaseFilesAreTheirOwnersAlone() throws Exception {
        try (Database db = open()) {
            Transactions.inTransaction(db.emf(), em -> {
                em.persist(new Note("N-4", "Mariama Bah"));
                return null;
            });
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        List<String> open;
        try (var files = Files.walk(data)) {
            open = files.filter(f -> !f.equals(data)).filter(f -> {
                try {
                    Set<PosixFilePermission> p = Files.getPosixFilePermissions(f);
                    return p.stream().anyMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> data.relativize(f).toString()).toList();
        }
        assertEquals(List.of(), open, "files others than their owner can read");
        try (var files = Files.walk(data.resolve("database"))) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".dat")), "the database files were checked");
        }
    }
}
