package org.homeward.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrationRunnerTest {

    private static final AtomicInteger DB = new AtomicInteger();

    private static final Migration CREATE = Migration.of("V001__people.sql",
            "-- people\nCREATE TABLE PERSON (\n  ID INTEGER NOT NULL PRIMARY KEY,\n  NAME VARCHAR(50) NOT NULL\n);\n");
    private static final Migration ADD = Migration.of("V002__phone.sql",
            "ALTER TABLE PERSON ADD COLUMN PHONE VARCHAR(20);\nCREATE INDEX IX_PERSON_NAME ON PERSON (NAME);\n");

    private Connection connection;

    @BeforeEach
    void openEmptyDatabase() throws SQLException {
        connection = new EmbeddedDriver().connect(
                "jdbc:derby:memory:migrations" + DB.incrementAndGet() + ";create=true",
                new Properties());
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void emptyDatabaseGetsEveryScriptInOrderWithItsVersionRow() throws Exception {
        List<Migration> applied = new MigrationRunner("people", List.of(ADD, CREATE)).migrate(connection, "tester");

        assertEquals(List.of(1, 2), applied.stream().map(Migration::version).toList());
        assertEquals(2, MigrationRunner.currentVersion(connection, "people"));
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT VERSION, SCRIPT, CHECKSUM, INSTALLED_BY FROM SCHEMA_HISTORY WHERE CONTRIBUTOR = 'people' ORDER BY VERSION")) {
            assertTrue(rs.next());
            assertEquals("V001__people.sql", rs.getString(2));
            assertEquals(CREATE.checksum(), rs.getString(3));
            assertEquals("tester", rs.getString(4));
            assertTrue(rs.next());
            assertFalse(rs.next());
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("INSERT INTO PERSON (ID, NAME, PHONE) VALUES (1, 'Awa', '+212600000000')");
        }
    }

    @Test
    void upToDateDatabaseGetsNothing() throws Exception {
        MigrationRunner runner = new MigrationRunner("people", List.of(CREATE, ADD));
        runner.migrate(connection, "tester");

        assertEquals(List.of(), runner.migrate(connection, "tester"));
        assertEquals(2, MigrationRunner.currentVersion(connection, "people"));
    }

    @Test
    void laterScriptIsAppliedToAnOlderDatabase() throws Exception {
        new MigrationRunner("people", List.of(CREATE)).migrate(connection, "tester");

        List<Migration> applied = new MigrationRunner("people", List.of(CREATE, ADD)).migrate(connection, "tester");

        assertEquals(List.of(2), applied.stream().map(Migration::version).toList());
    }

    @Test
    void editedAppliedScriptIsRefusedByName() throws Exception {
        new MigrationRunner("people", List.of(CREATE)).migrate(connection, "tester");
        Migration edited = Migration.of("V001__people.sql", CREATE.sql().replace("50", "80"));

        MigrationException e = assertThrows(MigrationException.class,
                () -> new MigrationRunner("people", List.of(edited)).migrate(connection, "tester"));

        assertTrue(e.getMessage().contains("V001__people.sql"), e.getMessage());
    }

    @Test
    void failingScriptLeavesNothingBehindAndNamesScriptAndStatement() throws Exception {
        Migration broken = Migration.of("V002__broken.sql",
                "CREATE TABLE VISIT (ID INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO NO_SUCH_TABLE VALUES (1);\n");
        new MigrationRunner("people", List.of(CREATE)).migrate(connection, "tester");

        MigrationException e = assertThrows(MigrationException.class,
                () -> new MigrationRunner("people", List.of(CREATE, broken)).migrate(connection, "tester"));

        assertTrue(e.getMessage().contains("V002__broken.sql"), e.getMessage());
        assertTrue(e.getMessage().contains(" 2"), "names the failing statement: " + e.getMessage());
        assertEquals(1, MigrationRunner.currentVersion(connection, "people"));
        try (ResultSet rs = connection.getMetaData().getTables(null, null, "VISIT", null)) {
            assertFalse(rs.next(), "the first statement of the failed script was rolled back");
        }
    }

    @Test
    void databaseNewerThanTheScriptsIsRefused() throws Exception {
        new MigrationRunner("people", List.of(CREATE, ADD)).migrate(connection, "tester");

        MigrationException e = assertThrows(MigrationException.class,
                () -> new MigrationRunner("people", List.of(CREATE)).migrate(connection, "tester"));

        assertTrue(e.getMessage().contains("2") && e.getMessage().contains("1"), e.getMessage());
    }

    @Test
    void twoScriptsWithOneNumberAreRefused() {
        Migration twin = Migration.of("V001__again.sql", "CREATE TABLE OTHER (ID INTEGER);\n");

        assertThrows(MigrationException.class, () -> new MigrationRunner("people", List.of(CREATE, twin)));
    }

    @Test
    void badScriptNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Migration.of("people.sql", "SELECT 1"));
    }

    @Test
    void statementsSplitOnLineEndSemicolonsAndSkipComments() {
        assertEquals(List.of("CREATE TABLE PERSON (\nID INTEGER NOT NULL PRIMARY KEY,\nNAME VARCHAR(50) NOT NULL\n)"),
                CREATE.statements());
    }

    @Test
    void binaryPlaceholderBecomesTheDatabasesLargeBinaryType() throws Exception {
        Migration scans = Migration.of("V001__scans.sql",
                "CREATE TABLE SCAN (ID INTEGER NOT NULL PRIMARY KEY, CONTENT ${BINARY} NOT NULL);\n");
        new MigrationRunner("people", List.of(scans)).migrate(connection, "tester");

        byte[] content = new byte[200_000];
        content[199_999] = 42;
        try (var ps = connection.prepareStatement("INSERT INTO SCAN (ID, CONTENT) VALUES (1, ?)")) {
            ps.setBytes(1, content);
            ps.executeUpdate();
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT CONTENT FROM SCAN")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getBytes(1)[199_999]);
        }
        assertEquals("BLOB(64M)", MigrationRunner.binaryType(connection));
    }

    @Test
    void eachContributionKeepsItsOwnNumbering() throws Exception {
        new MigrationRunner("people", List.of(CREATE, ADD)).migrate(connection, "tester");
        Migration visits = Migration.of("V001__visits.sql",
                "CREATE TABLE VISIT (ID INTEGER NOT NULL PRIMARY KEY, PERSON_ID INTEGER NOT NULL);\n");

        List<Migration> applied = new MigrationRunner("visits", List.of(visits)).migrate(connection, "tester");

        assertEquals(List.of(1), applied.stream().map(Migration::version).toList(), "V001 of visits is its own");
        assertEquals(1, MigrationRunner.currentVersion(connection, "visits"));
        assertEquals(2, MigrationRunner.currentVersion(connection, "people"));
    }

    @Test
    void scriptSplitOutOfAnAppliedSharedScriptIsAdoptedNotRunAgain() throws Exception {
        try (Statement st = connection.createStatement()) { // a database of the single shared history
            st.execute("CREATE TABLE SCHEMA_VERSION (VERSION INTEGER NOT NULL PRIMARY KEY, DESCRIPTION VARCHAR(200)"
                    + " NOT NULL, SCRIPT VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, INSTALLED_AT TIMESTAMP"
                    + " NOT NULL, INSTALLED_BY VARCHAR(64) NOT NULL)");
            st.execute(CREATE.statements().get(0));
            st.execute("INSERT INTO SCHEMA_VERSION VALUES (7, 'people', 'V007__people.sql', 'x',"
                    + " CURRENT_TIMESTAMP, 'installer')");
            st.execute("INSERT INTO PERSON (ID, NAME) VALUES (1, 'Awa')");
        }
        Migration split = Migration.of("V001__people.sql", "-- legacy: V007\n" + CREATE.sql());
        Migration other = Migration.of("V001__other.sql", "-- legacy: V008\nCREATE TABLE OTHER (ID INTEGER);\n");

        List<Migration> applied = new MigrationRunner("people", List.of(split, ADD)).migrate(connection, "tester");
        List<Migration> others = new MigrationRunner("other", List.of(other)).migrate(connection, "tester");

        assertEquals(List.of(2), applied.stream().map(Migration::version).toList(), "V001 adopted, V002 run");
        assertEquals(List.of(1), others.stream().map(Migration::version).toList(),
                "shared V008 was never applied: the split script runs");
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT p.NAME, h.INSTALLED_BY FROM PERSON p, SCHEMA_HISTORY h"
                        + " WHERE h.CONTRIBUTOR = 'people' AND h.VERSION = 1")) {
            assertTrue(rs.next());
            assertEquals("Awa", rs.getString(1), "the table was kept with its row");
            assertEquals("installer", rs.getString(2), "the adopted script keeps who installed it");
        }
        assertEquals(List.of(), new MigrationRunner("people", List.of(split, ADD)).migrate(connection, "tester"));
    }
}
