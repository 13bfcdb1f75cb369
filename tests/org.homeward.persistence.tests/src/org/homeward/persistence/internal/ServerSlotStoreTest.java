package org.homeward.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;

import org.homeward.persistence.VaultException;
import org.homeward.persistence.VaultException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key slots kept on the office's database server: an account made on one workstation signs in on another,
 * and wrong passwords are counted across them. On PostgreSQL in the suite's server run; on an embedded Derby
 * standing in for a server otherwise (the table's SQL is portable).
 */
class ServerSlotStoreTest {

    @TempDir
    Path folder;

    private ServerSlotStore.Connector server;

    @BeforeEach
    void server() throws Exception {
        String url = System.getProperty("homeward.jdbc.url");
        Properties credentials = new Properties();
        Driver driver;
        String connectTo;
        if (url != null) {
            driver = (Driver) Class.forName(System.getProperty("homeward.jdbc.driver")).getDeclaredConstructor()
                    .newInstance();
            credentials.setProperty("user", System.getProperty("homeward.jdbc.user"));
            credentials.setProperty("password", System.getProperty("homeward.jdbc.password"));
            connectTo = url;
            // a schema of its own, beside the slots this test runtime signed in with
            try (Connection c = driver.connect(url, credentials); Statement st = c.createStatement()) {
                st.executeUpdate("CREATE SCHEMA IF NOT EXISTS slots_test");
            }
            credentials.setProperty("currentSchema", "slots_test");
        } else {
            driver = new org.apache.derby.jdbc.EmbeddedDriver();
            connectTo = "jdbc:derby:" + folder.resolve("server") + ";create=true";
        }
        server = () -> driver.connect(connectTo, credentials);
        dropTable();
    }

    @AfterEach
    void dropTable() throws Exception {
        try (Connection c = server.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE KEY_SLOT");
        } catch (java.sql.SQLException e) {
            // not there yet
        }
    }

    private KeySlots workstation() {
        return new KeySlots(new ServerSlotStore(server, "test server"), Clock.systemUTC());
    }

    @Test
    void anAccountMadeOnOneWorkstationSignsInOnAnother() throws Exception {
        KeySlots first = workstation();
        assertTrue(first.isEmpty(), "a new server has no slots");
        byte[] key = first.newKey();
        first.put("a.admin", "mot-de-passe-admin".toCharArray(), key);

        KeySlots second = workstation();
        assertTrue(second.holds("a.admin"));
        assertArrayEquals(key, second.open("a.admin", "mot-de-passe-admin".toCharArray()));
    }

    @Test
    void wrongPasswordsOnTwoWorkstationsAddUpAndAreThrottled() throws Exception {
        KeySlots first = workstation();
        first.put("k.traore", "le-bon-mot-de-passe".toCharArray(), first.newKey());
        KeySlots second = workstation();
        for (int i = 0; i < KeySlots.FREE_ATTEMPTS; i++) {
            KeySlots where = i % 2 == 0 ? first : second;
            assertEquals(Reason.WRONG_PASSWORD, assertThrows(VaultException.class,
                    () -> where.open("k.traore", "devine".toCharArray())).reason());
        }
        assertEquals(Reason.THROTTLED, assertThrows(VaultException.class,
                () -> second.open("k.traore", "le-bon-mot-de-passe".toCharArray())).reason(),
                "five wrong passwords, on either workstation, make the next attempt wait");
        assertEquals(KeySlots.FREE_ATTEMPTS, first.takeFailedAttempts().size(), "each kept for the audit, once");
        assertEquals(0, second.takeFailedAttempts().size());
    }

    @Test
    void anUnreachableServerSaysSoAndNamesIt() {
        KeySlots nowhere = new KeySlots(new ServerSlotStore(() -> {
            throw new java.sql.SQLException("Connection refused", "08001");
        }, "jdbc:postgresql://serveur-bureau:5432/homeward"), Clock.systemUTC());
        VaultException e = assertThrows(VaultException.class, () -> nowhere.open("a", "b".toCharArray()));
        assertEquals(Reason.FAILED, e.reason());
        assertTrue(e.getMessage().contains("serveur-bureau") && e.getMessage().contains("Connection refused"),
                e.getMessage());
    }
}
