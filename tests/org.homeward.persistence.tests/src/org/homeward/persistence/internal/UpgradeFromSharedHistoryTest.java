package org.homeward.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * A database made by the schema scripts as Homeward shipped them with one shared history (V001 to
 * V010, kept under {@code legacy/}), with two rows in every table, opens with today's
 * contributions: every row of every table is still there with the same values, the scripts are
 * adopted into each contribution's history, the planned departures moved to their own table.
 */
class UpgradeFromSharedHistoryTest {

    private static final Pattern TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(\\w+)");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    @TempDir
    Path data;

    @Test
    void databaseOfTheSharedHistoryOpensWithEveryRowIntact() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embeddedDerby(data);
        List<String> tables;
        Map<String, List<List<String>>> before;
        Map<String, List<String>> legacyColumns;
        try (Connection c = new EmbeddedDriver().connect(settings.url(), new Properties())) {
            tables = createLegacySchema(c);
            for (String table : tables) {
                fill(c, table);
            }
            legacyColumns = new LinkedHashMap<>();
            for (String table : tables) {
                legacyColumns.put(table, columns(c, table));
            }
            before = snapshot(c, legacyColumns);
        }
        assertEquals(23, tables.size(), "V001-V010 made 23 tables: " + tables);

        BundleContext context = FrameworkUtil.getBundle(Database.class).getBundleContext();
        List<SchemaContribution> contributions = DatabaseComponent.contributions(context);
        assertTrue(contributions.stream().map(SchemaContribution::name).toList()
                .containsAll(List.of("cases", "referrals", "traveldocs")), "the areas are installed here");
        try (Database db = Database.open(settings, contributions, Database.class.getClassLoader());
                Connection c = new EmbeddedDriver().connect(settings.url(), new Properties())) {
            assertEquals(before, snapshot(c, legacyColumns), "every row and value of every table (columns added later"
                    + " are new)");
            assertEquals(List.of(List.of("1", "2025-03-11")),
                    rows(c, "SELECT CASE_ID, DEPARTURE_ON FROM PLANNED_DEPARTURE ORDER BY CASE_ID"),
                    "the one planned departure moved to its table");
            assertFalse(columns(c, "MIGRANT_CASE").contains("PLANNED_DEPARTURE"), "and left the case table");
            assertEquals(List.of(List.of("2025", "2")),
                    rows(c, "SELECT YEAR_OF, LAST_NUMBER FROM TRAVEL_DOC_REFERENCE_COUNTER"),
                    "request references go on after the last one");
            assertEquals(List.of(List.of("cases", "20", "9"), List.of("referrals", "1", "1"),
                    List.of("traveldocs", "2", "1")),
                    rows(c, "SELECT CONTRIBUTOR, COUNT(*), SUM(CASE WHEN"
                            + " INSTALLED_BY = 'installer' THEN 1 ELSE 0 END) FROM SCHEMA_HISTORY WHERE CONTRIBUTOR"
                            + " IN ('cases', 'referrals', 'traveldocs') GROUP BY CONTRIBUTOR ORDER BY CONTRIBUTOR"),
                    "scripts adopted from the shared history (installed by its installer), the new ones run");
            for (String entity : entityNames(db)) {
                long expected = entity.equals("PlannedDeparture") ? 1 : 2;
                long count = org.homeward.persistence.Transactions.read(db.emf(), em -> em
                        .createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult());
                assertEquals(expected, count, "rows of " + entity + " through the persistence unit");
            }
        }
        try (Database again = Database.open(settings, contributions, Database.class.getClassLoader())) {
            assertEquals(20, again.schemaVersions().get("cases"), "a second start changes nothing");
        }
        List<Path> backups;
        try (var listed = java.nio.file.Files.list(data.resolve("backups"))) {
            backups = listed.toList();
        }
        assertEquals(1, backups.size(), "one backup, taken before the scripts ran (none when nothing was due): "
                + backups);
        assertTrue(backups.get(0).getFileName().toString().startsWith(MigrationBackup.PREFIX));
        String copy = "jdbc:derby:" + backups.get(0).resolve("database").toString().replace('\\', '/');
        try (Connection c = new EmbeddedDriver().connect(copy, new Properties())) {
            assertEquals(before, snapshot(c, legacyColumns), "the backup holds the database as it was before");
            assertFalse(MigrationRunner.hasTable(c, MigrationRunner.TABLE), "and no script of this version ran on it");
        } finally {
            DerbyEncryption.shutdown(new EmbeddedDriver(), copy);
        }
    }

    /**
     * The entity names of the persistence unit, but this test bundle's own and those of areas born
     * after the shared history (their tables start empty).
     */
    private static List<String> entityNames(Database db) {
        return db.emf().getMetamodel().getEntities().stream()
                .filter(e -> !e.getJavaType().getPackageName().startsWith("org.homeward.movements")
                        && !e.getJavaType().getPackageName().startsWith("org.homeward.accounts"))
                .map(jakarta.persistence.metamodel.EntityType::getName).filter(n -> !n.equals("Note")).sorted()
                .toList();
    }

    /** Runs the shipped scripts as the shared-history runner did; returns the tables in creation order. */
    private static List<String> createLegacySchema(Connection c) throws IOException, SQLException {
        List<String> tables = new ArrayList<>();
        List<URL> scripts = Collections.list(FrameworkUtil.getBundle(UpgradeFromSharedHistoryTest.class)
                .findEntries("legacy", "V*.sql", false));
        scripts.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        assertEquals(10, scripts.size());
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE SCHEMA_VERSION (VERSION INTEGER NOT NULL, DESCRIPTION VARCHAR(200) NOT NULL,"
                    + " SCRIPT VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, INSTALLED_AT TIMESTAMP NOT NULL,"
                    + " INSTALLED_BY VARCHAR(64) NOT NULL, CONSTRAINT PK_SCHEMA_VERSION PRIMARY KEY (VERSION))");
            for (URL url : scripts) {
                String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
                String sql;
                try (InputStream in = url.openStream()) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Migration m = Migration.of(name, sql);
                for (String statement : m.statements()) {
                    st.execute(statement.replace(MigrationRunner.BINARY, "BLOB(64M)"));
                }
                Matcher t = TABLE.matcher(sql);
                while (t.find()) {
                    tables.add(t.group(1).toUpperCase());
                }
                st.executeUpdate("INSERT INTO SCHEMA_VERSION VALUES (" + m.version() + ", '" + m.description()
                        + "', '" + name + "', '" + m.checksum() + "', CURRENT_TIMESTAMP, 'installer')");
            }
        }
        return tables;
    }

    /** Two rows in {@code table}: each column a value of its type; a foreign key the same row of its table. */
    private static void fill(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, String[]> foreign = new HashMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, null, table)) {
            while (rs.next()) {
                foreign.put(rs.getString("FKCOLUMN_NAME"),
                        new String[]{rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME")});
            }
        }
        Map<String, int[]> types = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(null, null, table, null)) {
            while (rs.next()) {
                types.put(rs.getString("COLUMN_NAME"), new int[]{rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE")});
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", types.keySet()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(types.size(), "?")) + ")";
        for (int row = 1; row <= 2; row++) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Map.Entry<String, int[]> col : types.entrySet()) {
                    String[] target = foreign.get(col.getKey());
                    Object value = target != null
                            ? value(target[0], target[1], types(meta, target[0]).get(target[1]), row)
                            : value(table, col.getKey(), col.getValue(), row);
                    ps.setObject(i++, value);
                }
                ps.executeUpdate();
            }
        }
    }

    private static Map<String, int[]> types(DatabaseMetaData meta, String table) throws SQLException {
        Map<String, int[]> types = new HashMap<>();
        try (ResultSet rs = meta.getColumns(null, null, table, null)) {
            while (rs.next()) {
                types.put(rs.getString("COLUMN_NAME"), new int[]{rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE")});
            }
        }
        return types;
    }

    /** The value of a column in row {@code row}: the same for a key and the foreign keys to it. */
    private static Object value(String table, String column, int[] type, int row) {
        if (column.equals("OUR_REFERENCE")) {
            return String.format("TD-2025-%05d", row);
        }
        if (column.equals("PLANNED_DEPARTURE")) {
            return row == 1 ? Date.valueOf(DAY.plusDays(1)) : null;
        }
        return switch (type[0]) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> column.equals("ID") || column.endsWith("_ID")
                    ? row
                    : row * 10 + column.length();
            case Types.BOOLEAN, Types.BIT -> row % 2 == 0;
            case Types.DATE -> Date.valueOf(DAY.plusDays(row));
            case Types.TIMESTAMP -> Timestamp.valueOf(DAY.atTime(9, row));
            case Types.BLOB, Types.VARBINARY, Types.LONGVARBINARY, Types.BINARY -> ("scan " + row + " of " + table)
                    .getBytes(StandardCharsets.UTF_8);
            case Types.DECIMAL, Types.NUMERIC -> new java.math.BigDecimal(row + ".50");
            default -> fit(column.charAt(0) + "" + row + "é" + column.toLowerCase() + "·" + table.toLowerCase(),
                    type[1]);
        };
    }

    private static String fit(String text, int size) {
        return text.length() <= size ? text : text.substring(0, size);
    }

    /** The rows of each table, in the columns it had in the shared history. */
    private static Map<String, List<List<String>>> snapshot(Connection c, Map<String, List<String>> tables)
            throws SQLException {
        Map<String, List<List<String>>> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> t : tables.entrySet()) {
            String table = t.getKey();
            List<String> cols = new ArrayList<>(t.getValue());
            cols.remove("PLANNED_DEPARTURE");
            List<List<String>> rows = rows(c, "SELECT " + String.join(", ", cols) + " FROM " + table);
            rows.sort(java.util.Comparator.comparing(List::toString));
            result.put(table, rows);
        }
        return result;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                cols.add(rs.getString("COLUMN_NAME"));
            }
        }
        Collections.sort(cols);
        return cols;
    }

    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof java.sql.Blob b
                            ? new String(b.getBytes(1, (int) b.length()),
                                    StandardCharsets.UTF_8)
                            : String.valueOf(v));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
