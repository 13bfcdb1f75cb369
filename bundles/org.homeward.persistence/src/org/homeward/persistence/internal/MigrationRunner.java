package org.homeward.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * Brings a database schema up to date with numbered scripts, recording each applied script in
 * {@code SCHEMA_VERSION} (version, description, checksum, when, by whom). Each script runs in its
 * own transaction with its version row, so a failing script leaves nothing behind. Applied scripts
 * are verified by checksum; a database newer than the scripts is refused.
 */
public final class MigrationRunner {

    static final String TABLE = "SCHEMA_VERSION";

    /**
     * Stands in a script for the column type of large binary content (scans, signed forms), the one
     * type the supported databases spell differently: {@code BLOB} on Derby, {@code BYTEA} on
     * PostgreSQL. Checksums are taken on the script as written.
     */
    static final String BINARY = "${BINARY}";

    private final List<Migration> migrations;

    public MigrationRunner(List<Migration> migrations) throws MigrationException {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version() == sorted.get(i - 1).version()) {
                throw new MigrationException(NLS.bind(Messages.Migration_duplicate, sorted.get(i).version()), null);
            }
        }
        this.migrations = List.copyOf(sorted);
    }

    /** The newest version the scripts know, 0 when there is none. */
    public int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /**
     * Applies the scripts the database lacks.
     *
     * @return the scripts applied now, in order
     */
    public List<Migration> migrate(Connection connection, String user) throws MigrationException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            connection.setAutoCommit(true);
            ensureVersionTable(connection);
            Map<Integer, String> applied = appliedChecksums(connection);
            verify(applied);
            List<Migration> done = new ArrayList<>();
            for (Migration m : migrations) {
                if (!applied.containsKey(m.version())) {
                    apply(connection, m, user);
                    done.add(m);
                }
            }
            return done;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The highest version recorded in the database, 0 for an empty one. */
    public static int currentVersion(Connection connection) throws SQLException {
        if (!hasVersionTable(connection)) {
            return 0;
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(VERSION) FROM " + TABLE)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void verify(Map<Integer, String> applied) throws MigrationException {
        int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > latestVersion()) {
            throw new MigrationException(NLS.bind(Messages.Migration_newerDatabase, newest, latestVersion()), null);
        }
        for (Migration m : migrations) {
            String sum = applied.get(m.version());
            if (sum != null && !sum.equals(m.checksum())) {
                throw new MigrationException(NLS.bind(Messages.Migration_checksum, m.script()), null);
            }
        }
    }

    private static void apply(Connection connection, Migration m, String user) throws MigrationException, SQLException {
        connection.setAutoCommit(false);
        List<String> statements = m.statements();
        int index = 0;
        try (Statement st = connection.createStatement()) {
            String binary = binaryType(connection);
            for (String sql : statements) {
                index++;
                st.execute(sql.replace(BINARY, binary));
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (VERSION, DESCRIPTION, SCRIPT, CHECKSUM, INSTALLED_AT, INSTALLED_BY) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setInt(1, m.version());
                ps.setString(2, m.description());
                ps.setString(3, m.script());
                ps.setString(4, m.checksum());
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.setString(6, user);
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new MigrationException(NLS.bind(Messages.Migration_failed, new Object[]{m.script(), index,
                    e.getMessage()}), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    static String binaryType(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("postgres") ? "BYTEA" : "BLOB(64M)";
    }

    private static boolean hasVersionTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                if (TABLE.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void ensureVersionTable(Connection connection) throws SQLException {
        if (hasVersionTable(connection)) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE " + TABLE + " (VERSION INTEGER NOT NULL, DESCRIPTION VARCHAR(200) NOT NULL,"
                    + " SCRIPT VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, INSTALLED_AT TIMESTAMP NOT NULL,"
                    + " INSTALLED_BY VARCHAR(64) NOT NULL, CONSTRAINT PK_SCHEMA_VERSION PRIMARY KEY (VERSION))");
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, String> result = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT VERSION, CHECKSUM FROM " + TABLE)) {
            while (rs.next()) {
                result.put(rs.getInt(1), rs.getString(2));
            }
        }
        return result;
    }
}
