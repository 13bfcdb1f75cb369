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
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * Brings one contribution's tables up to date with its numbered scripts, recording each applied
 * script in {@code SCHEMA_HISTORY} under the contribution's name (version, description, checksum,
 * when, by whom). Each script runs in its own transaction with its history row, so a failing script
 * leaves nothing behind. Applied scripts are verified by checksum; a database newer than the
 * scripts is refused.
 * <p>
 * Databases made before contributions had histories of their own kept one history for every
 * table, {@code SCHEMA_VERSION}. A script that was split out of such a shared script says so in a
 * line {@code -- legacy: V<n>}; when that shared version is recorded in {@code SCHEMA_VERSION}, the
 * script is recorded as applied (adopted) instead of being run again.
 */
public final class MigrationRunner {

    static final String TABLE = "SCHEMA_HISTORY";
    static final String LEGACY_TABLE = "SCHEMA_VERSION";

    /**
     * Stands in a script for the column type of large binary content, the one type the supported
     * databases spell differently: {@code BLOB} on Derby, {@code BYTEA} on PostgreSQL. Checksums are
     * taken on the script as written.
     */
    static final String BINARY = "${BINARY}";

    private final String contributor;
    private final List<Migration> migrations;

    public MigrationRunner(String contributor, List<Migration> migrations) throws MigrationException {
        this.contributor = contributor;
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version() == sorted.get(i - 1).version()) {
                throw new MigrationException(
                        NLS.bind(Messages.Migration_duplicate, contributor, sorted.get(i).version()), null);
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
     * @return the scripts applied now, in order (adopted ones are not among them)
     */
    public List<Migration> migrate(Connection connection, String user) throws MigrationException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            connection.setAutoCommit(true);
            ensureHistoryTable(connection);
            adoptLegacy(connection);
            Map<Integer, String> applied = appliedChecksums(connection, contributor);
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

    /** The highest version of {@code contributor} recorded in the database, 0 when there is none. */
    public static int currentVersion(Connection connection, String contributor) throws SQLException {
        if (!hasTable(connection, TABLE)) {
            return 0;
        }
        try (PreparedStatement ps = connection
                .prepareStatement("SELECT MAX(VERSION) FROM " + TABLE + " WHERE CONTRIBUTOR = ?")) {
            ps.setString(1, contributor);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private void verify(Map<Integer, String> applied) throws MigrationException {
        int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > latestVersion()) {
            throw new MigrationException(NLS.bind(Messages.Migration_newerDatabase,
                    new Object[]{contributor, newest, latestVersion()}), null);
        }
        for (Migration m : migrations) {
            String sum = applied.get(m.version());
            if (sum != null && !sum.equals(m.checksum())) {
                throw new MigrationException(NLS.bind(Messages.Migration_checksum, contributor, m.script()), null);
            }
        }
    }

    /** Records as applied the scripts whose shared predecessor the old single history holds. */
    private void adoptLegacy(Connection connection) throws SQLException {
        if (migrations.stream().allMatch(m -> m.legacyVersion() == 0) || !hasTable(connection, LEGACY_TABLE)) {
            return;
        }
        Map<Integer, String> recorded = appliedChecksums(connection, contributor);
        Map<Integer, Object[]> legacy = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT VERSION, INSTALLED_AT, INSTALLED_BY FROM " + LEGACY_TABLE)) {
            while (rs.next()) {
                legacy.put(rs.getInt(1), new Object[]{rs.getTimestamp(2), rs.getString(3)});
            }
        }
        for (Migration m : migrations) {
            Object[] old = legacy.get(m.legacyVersion());
            if (m.legacyVersion() > 0 && old != null && !recorded.containsKey(m.version())) {
                record(connection, m, (Timestamp) old[0], (String) old[1]);
            }
        }
    }

    private void apply(Connection connection, Migration m, String user) throws MigrationException, SQLException {
        connection.setAutoCommit(false);
        List<String> statements = m.statements();
        int index = 0;
        try (Statement st = connection.createStatement()) {
            String binary = binaryType(connection);
            for (String sql : statements) {
                index++;
                st.execute(sql.replace(BINARY, binary));
            }
            record(connection, m, Timestamp.from(Instant.now()), user);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new MigrationException(NLS.bind(Messages.Migration_failed, new Object[]{contributor, m.script(),
                    index, e.getMessage()}), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void record(Connection connection, Migration m, Timestamp at, String user) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + TABLE + " (CONTRIBUTOR, VERSION,"
                + " DESCRIPTION, SCRIPT, CHECKSUM, INSTALLED_AT, INSTALLED_BY) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, contributor);
            ps.setInt(2, m.version());
            ps.setString(3, m.description());
            ps.setString(4, m.script());
            ps.setString(5, m.checksum());
            ps.setTimestamp(6, at);
            ps.setString(7, user);
            ps.executeUpdate();
        }
    }

    static String binaryType(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? "BYTEA" : "BLOB(64M)";
    }

    static boolean hasTable(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                if (table.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void ensureHistoryTable(Connection connection) throws SQLException {
        if (hasTable(connection, TABLE)) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE " + TABLE + " (CONTRIBUTOR VARCHAR(64) NOT NULL, VERSION INTEGER NOT NULL,"
                    + " DESCRIPTION VARCHAR(200) NOT NULL, SCRIPT VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL,"
                    + " INSTALLED_AT TIMESTAMP NOT NULL, INSTALLED_BY VARCHAR(64) NOT NULL,"
                    + " CONSTRAINT PK_SCHEMA_HISTORY PRIMARY KEY (CONTRIBUTOR, VERSION))");
        } catch (SQLException e) {
            if (!hasTable(connection, TABLE)) { // another workstation may have made it meanwhile
                throw e;
            }
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection connection, String contributor)
            throws SQLException {
        Map<Integer, String> result = new HashMap<>();
        try (PreparedStatement ps = connection
                .prepareStatement("SELECT VERSION, CHECKSUM FROM " + TABLE + " WHERE CONTRIBUTOR = ?")) {
            ps.setString(1, contributor);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return result;
    }
}
