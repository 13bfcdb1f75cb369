package org.homeward.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Sex;
import org.homeward.persistence.Transactions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

class DatabaseTest {

    @TempDir
    Path data;

    private static List<Migration> shipped() throws Exception {
        return DatabaseComponent.migrations(FrameworkUtil.getBundle(Database.class));
    }

    private Database open() throws Exception {
        return Database.open(DatabaseSettings.embeddedDerby(data), shipped(), Database.class.getClassLoader());
    }

    private static MigrantCase sample(String number) {
        MigrantCase c = new MigrantCase();
        c.setCaseNumber(number);
        c.setFamilyName("Traoré");
        c.setGivenNames("Aminata");
        c.setArabicName("أميناتا تراوري");
        c.setSex(Sex.FEMALE);
        c.setDateOfBirth(DateOfBirth.exact(LocalDate.of(1996, 2, 29)));
        c.setNationality("ML");
        c.setStatus(CaseStatus.REGISTERED);
        c.setSearchName("traore aminata");
        c.setCreatedBy("tester");
        return c;
    }

    @Test
    void caseSurvivesClosingAndReopeningTheDatabase() throws Exception {
        long id;
        try (Database db = open()) {
            assertEquals(new MigrationRunner(shipped()).latestVersion(), db.schemaVersion());
            id = Transactions.inTransaction(db.emf(), em -> {
                MigrantCase c = sample("TST-2026-00001");
                em.persist(c);
                em.flush();
                return c.getId();
            });
        }
        assertTrue(Files.isDirectory(data.resolve("database")), "the database lives in the data directory");

        try (Database db = open()) {
            MigrantCase read = Transactions.read(db.emf(), em -> em.find(MigrantCase.class, id));
            assertNotNull(read);
            assertEquals("TST-2026-00001", read.getCaseNumber());
            assertEquals("Traoré", read.getFamilyName());
            assertEquals("أميناتا تراوري", read.getArabicName());
            assertEquals(LocalDate.of(1996, 2, 29), read.getDateOfBirth().exactDate());
            assertEquals("ML", read.getNationality().strip());
            assertNotNull(read.getCreatedAt());
        }
    }

    @Test
    void casesOfAnOlderSchemaGetTheirRegistrationInTheNewHistory() throws Exception {
        List<Migration> first = shipped().stream().filter(m -> m.version() == 1).toList();
        try (Database v1 = Database.open(DatabaseSettings.embeddedDerby(data), first,
                Database.class.getClassLoader())) {
            assertEquals(1, v1.schemaVersion());
            try (Connection jdbc = new org.apache.derby.jdbc.EmbeddedDriver().connect(
                    DatabaseSettings.embeddedDerby(data).url(), new java.util.Properties());
                    Statement st = jdbc.createStatement()) {
                st.executeUpdate("INSERT INTO MIGRANT_CASE (VERSION, CASE_NUMBER, FAMILY_NAME, GIVEN_NAMES, SEX,"
                        + " BIRTH_YEAR, BIRTH_DATE_ESTIMATED, NATIONALITY, STATUS, SEARCH_NAME, CREATED_AT, CREATED_BY,"
                        + " UPDATED_AT, UPDATED_BY) VALUES (1, 'OLD-2025-00001', 'Sylla', 'Ibrahima', 'MALE', 1990, TRUE,"
                        + " 'GN', 'REGISTERED', 'sylla ibrahima', CURRENT_TIMESTAMP, 'legacy', CURRENT_TIMESTAMP, 'legacy')");
            }
        }
        try (Database latest = open();
                Connection jdbc = new org.apache.derby.jdbc.EmbeddedDriver().connect(
                        DatabaseSettings.embeddedDerby(data).url(), new java.util.Properties());
                Statement st = jdbc.createStatement();
                ResultSet rs = st.executeQuery("SELECT s.TO_STATUS, s.CHANGED_BY FROM CASE_STATUS_CHANGE s"
                        + " JOIN MIGRANT_CASE c ON c.ID = s.CASE_ID WHERE c.CASE_NUMBER = 'OLD-2025-00001'")) {
            assertTrue(latest.schemaVersion() >= 2);
            assertTrue(rs.next(), "the old case has a history");
            assertEquals("REGISTERED", rs.getString(1));
            assertEquals("legacy", rs.getString(2));
            assertFalse(rs.next());
        }
    }

    @Test
    void estimatedYearOfBirthIsKeptAsAnEstimate() throws Exception {
        try (Database db = open()) {
            long id = Transactions.inTransaction(db.emf(), em -> {
                MigrantCase c = sample("TST-2026-00002");
                c.setDateOfBirth(DateOfBirth.estimatedYear(1988));
                em.persist(c);
                em.flush();
                return c.getId();
            });
            DateOfBirth dob = Transactions.read(db.emf(), em -> em.find(MigrantCase.class, id).getDateOfBirth());
            assertEquals(DateOfBirth.estimatedYear(1988), dob);
        }
    }

    @Test
    void concurrentEditOfOneCaseIsRefusedNotOverwritten() throws Exception {
        try (Database db = open()) {
            long id = Transactions.inTransaction(db.emf(), em -> {
                MigrantCase c = sample("TST-2026-00003");
                em.persist(c);
                em.flush();
                return c.getId();
            });
            EntityManager first = db.emf().createEntityManager();
            EntityManager second = db.emf().createEntityManager();
            try {
                MigrantCase a = first.find(MigrantCase.class, id);
                MigrantCase b = second.find(MigrantCase.class, id);
                first.getTransaction().begin();
                a.setGivenNames("Aminata Bintou");
                first.getTransaction().commit();

                second.getTransaction().begin();
                b.setGivenNames("Amina");
                RollbackException e = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
                assertTrue(e.getCause() instanceof OptimisticLockException, String.valueOf(e.getCause()));
            } finally {
                first.close();
                second.close();
            }
            assertEquals("Aminata Bintou",
                    Transactions.read(db.emf(), em -> em.find(MigrantCase.class, id).getGivenNames()));
        }
    }

    @Test
    void uniqueCaseNumberIsEnforcedByTheSchema() throws Exception {
        try (Database db = open()) {
            Transactions.inTransaction(db.emf(), em -> {
                em.persist(sample("TST-2026-00004"));
                return null;
            });
            assertThrows(RuntimeException.class, () -> Transactions.inTransaction(db.emf(), em -> {
                em.persist(sample("TST-2026-00004"));
                return null;
            }));
            long count = Transactions.read(db.emf(),
                    em -> em.createQuery("SELECT COUNT(c) FROM MigrantCase c", Long.class).getSingleResult());
            assertEquals(1, count);
        }
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
}
