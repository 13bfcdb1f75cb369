package org.homeward.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.homeward.persistence.VaultException;
import org.homeward.persistence.VaultException.Reason;

/**
 * The key slots in the table {@code KEY_SLOT} of a database server, so that every workstation of an office
 * signs the same accounts in (a slot made on one opens on all) and wrong passwords are counted across them.
 * Each step runs in one transaction holding the row lock of a sentinel row, so that two workstations never
 * interleave; the table is made on first use (portable SQL).
 */
final class ServerSlotStore implements SlotStore {

    /** Connections to the server, with its credentials. */
    @FunctionalInterface
    interface Connector {

        Connection connect() throws SQLException;
    }

    private static final String SENTINEL = "~lock";

    private final Connector connector;
    private final String location;

    ServerSlotStore(Connector connector, String location) {
        this.connector = connector;
        this.location = location;
    }

    @Override
    public String where() {
        return location;
    }

    @Override
    public Properties read() throws VaultException {
        try (Connection c = open()) {
            return rows(c);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    @Override
    public <T> T change(Change<T> change) throws VaultException {
        try (Connection c = open()) {
            c.setAutoCommit(false);
            try {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE KEY_SLOT SET SLOT_VALUE = SLOT_VALUE WHERE SLOT_KEY = '" + SENTINEL + "'");
                }
                Properties p = rows(c);
                Properties before = (Properties) p.clone();
                T result = change.apply(p);
                if (!p.equals(before)) {
                    write(c, before, p);
                }
                c.commit();
                return result;
            } catch (SQLException | VaultException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private Connection open() throws SQLException {
        Connection c = connector.connect();
        try {
            ensureTable(c);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** Makes the table and its sentinel row the first time; another workstation doing so at once is fine. */
    private static void ensureTable(Connection c) throws SQLException {
        if (exists(c)) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE KEY_SLOT (SLOT_KEY VARCHAR(200) NOT NULL, SLOT_VALUE VARCHAR(2000) NOT NULL,"
                    + " CONSTRAINT PK_KEY_SLOT PRIMARY KEY (SLOT_KEY))");
            st.executeUpdate("INSERT INTO KEY_SLOT (SLOT_KEY, SLOT_VALUE) VALUES ('" + SENTINEL + "', '')");
        } catch (SQLException e) {
            if (!exists(c)) {
                throw e;
            }
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM KEY_SLOT WHERE SLOT_KEY = '" + SENTINEL + "'")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            return false;
        }
    }

    private static Properties rows(Connection c) throws SQLException {
        Properties p = new Properties();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT SLOT_KEY, SLOT_VALUE FROM KEY_SLOT WHERE SLOT_KEY <> '"
                        + SENTINEL + "'")) {
            while (rs.next()) {
                p.setProperty(rs.getString(1), rs.getString(2));
            }
        }
        return p;
    }

    private static void write(Connection c, Properties before, Properties after) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM KEY_SLOT WHERE SLOT_KEY = ?");
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO KEY_SLOT (SLOT_KEY, SLOT_VALUE) VALUES (?, ?)")) {
            for (String k : before.stringPropertyNames()) {
                if (!before.getProperty(k).equals(after.getProperty(k))) {
                    delete.setString(1, k);
                    delete.executeUpdate();
                }
            }
            for (String k : after.stringPropertyNames()) {
                if (!after.getProperty(k).equals(before.getProperty(k))) {
                    insert.setString(1, k);
                    insert.setString(2, after.getProperty(k));
                    insert.executeUpdate();
                }
            }
        }
    }

    private VaultException unreachable(SQLException e) {
        return new VaultException(Reason.FAILED, NLS.bind(Messages.Vault_serverUnreachable, location,
                e.getMessage()), 0, e);
    }
}
