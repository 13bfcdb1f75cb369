package org.homeward.app.tests;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;

/** Every text and binary column of every table of the database, searched for given strings. */
final class DatabaseScan {

    private DatabaseScan() {
    }

    /** Where any of {@code needles} appears: {@code TABLE.COLUMN: needle}, empty when nowhere. */
    static List<String> find(EntityManagerFactory emf, List<String> needles) {
        var em = emf.createEntityManager();
        try {
            em.getTransaction().begin(); // the connection is the transaction's
            return find(em.unwrap(Connection.class), needles);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    private static List<String> find(Connection c, List<String> needles) throws SQLException {
        List<String> found = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, null, "%", "%")) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && schema.toUpperCase(Locale.ROOT).startsWith("SYS")) {
                    continue;
                }
                int type = rs.getInt("DATA_TYPE");
                if (List.of(Types.VARCHAR, Types.CHAR, Types.CLOB, Types.LONGVARCHAR, Types.BLOB, Types.VARBINARY,
                        Types.LONGVARBINARY, Types.BINARY).contains(type)) {
                    boolean binary = List.of(Types.BLOB, Types.VARBINARY, Types.LONGVARBINARY, Types.BINARY)
                            .contains(type);
                    columns.add(new String[]{schema, rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"),
                            binary ? "b" : "t"});
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] col : columns) {
                try (ResultSet rs = st.executeQuery("SELECT \"" + col[2] + "\" FROM \"" + col[0] + "\".\"" + col[1]
                        + "\"")) {
                    while (rs.next()) {
                        String text;
                        if (col[3].equals("b")) {
                            byte[] bytes = rs.getBytes(1);
                            text = bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
                        } else {
                            text = String.valueOf(rs.getString(1));
                        }
                        for (String needle : needles) {
                            if (text.contains(needle)) {
                                found.add(col[1] + "." + col[2] + ": " + needle);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
