package org.homeward.reporting.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A generated legacy workbook (FastExcel's writer) of single-person households with names no demonstration
 * case has, and the same rows inserted by a plain JDBC batch: the import's baseline.
 */
final class LegacyRows {

    private static final String[] SYLLABLES = {"ba", "ko", "ra", "mi", "to", "su", "la", "de", "no", "fi", "ga",
            "ye", "zu", "pa", "ri", "se", "wa", "hu", "jo", "ne"};
    private static final String[] COUNTRIES = {"Guinée", "Sénégal", "Mali", "Côte d'Ivoire", "Cameroun", "Nigeria",
            "RDC", "Burkina Faso", "Gambie", "Soudan"};
    private static final String[] CODES = {"GN", "SN", "ML", "CI", "CM", "NG", "CD", "BF", "GM", "SD"};

    record Row(String family, String given, boolean male, LocalDate born, int country, LocalDate interview) {
    }

    private LegacyRows() {
    }

    /** {@code n} rows with names made of syllables and {@code run} (so that each run's names are new). */
    static List<Row> rows(int n, String run, long seed) {
        Random r = new Random(seed);
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String family = name(r, 3) + run;
            rows.add(new Row(Character.toUpperCase(family.charAt(0)) + family.substring(1), capital(name(r, 2)),
                    r.nextInt(100) < 75, LocalDate.of(1960 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                    r.nextInt(COUNTRIES.length), LocalDate.of(2020 + r.nextInt(5), 1 + r.nextInt(12),
                            1 + r.nextInt(28))));
        }
        return rows;
    }

    static Path xlsx(Path file, List<Row> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "Tableur", "1.0");
            Worksheet ws = wb.newWorksheet("Dossiers");
            String[] headers = {"Nom", "Prénom", "Sexe", "Date de naissance", "Nationalité", "Date d'entretien",
                    "Statut"};
            for (int c = 0; c < headers.length; c++) {
                ws.value(0, c, headers[c]);
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                int r = i + 1;
                ws.value(r, 0, row.family());
                ws.value(r, 1, row.given());
                ws.value(r, 2, row.male() ? "H" : "F");
                ws.value(r, 3, row.born());
                ws.style(r, 3).format("dd/mm/yyyy").set();
                ws.value(r, 4, COUNTRIES[row.country()]);
                ws.value(r, 5, row.interview());
                ws.style(r, 5).format("dd/mm/yyyy").set();
                ws.value(r, 6, "Enregistré");
            }
            wb.finish();
        }
        return file;
    }

    /** The same rows as case and person rows in one transaction of JDBC batches; returns the rows inserted. */
    static int insertRaw(Connection c, List<Row> rows, String prefix) throws SQLException {
        long caseId;
        long personId;
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE MIGRANT_CASE IN EXCLUSIVE MODE");
            caseId = max(st, "MIGRANT_CASE") + 1;
            personId = max(st, "PERSON") + 1;
        }
        try (PreparedStatement cs = c.prepareStatement("INSERT INTO MIGRANT_CASE (ID, VERSION, CASE_NUMBER,"
                + " FAMILY_NAME, GIVEN_NAMES, SEX, BIRTH_DATE, BIRTH_YEAR, BIRTH_DATE_ESTIMATED, NATIONALITY, STATUS,"
                + " SEARCH_NAME, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?, 1, ?, ?, ?, ?, ?, ?, FALSE,"
                + " ?, 'REGISTERED', ?, ?, 'raw', ?, 'raw')");
                PreparedStatement ps = c.prepareStatement("INSERT INTO PERSON (ID, VERSION, CASE_ID, RELATIONSHIP,"
                        + " FAMILY_NAME, GIVEN_NAMES, SEX, BIRTH_DATE, BIRTH_YEAR, BIRTH_DATE_ESTIMATED, NATIONALITY,"
                        + " NAME_KEYS_VERSION) VALUES (?, 1, ?, 'PRINCIPAL', ?, ?, ?, ?, ?, FALSE, ?, 0)")) {
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                Timestamp at = Timestamp.valueOf(row.interview().atTime(9, 0));
                cs.setLong(1, caseId);
                cs.setString(2, prefix + "-" + i);
                cs.setString(3, row.family());
                cs.setString(4, row.given());
                cs.setString(5, row.male() ? "MALE" : "FEMALE");
                cs.setDate(6, Date.valueOf(row.born()));
                cs.setInt(7, row.born().getYear());
                cs.setString(8, CODES[row.country()]);
                cs.setString(9, (row.family() + " " + row.given()).toLowerCase(java.util.Locale.ROOT));
                cs.setTimestamp(10, at);
                cs.setTimestamp(11, at);
                cs.addBatch();
                ps.setLong(1, personId++);
                ps.setLong(2, caseId++);
                ps.setString(3, row.family());
                ps.setString(4, row.given());
                ps.setString(5, row.male() ? "MALE" : "FEMALE");
                ps.setDate(6, Date.valueOf(row.born()));
                ps.setInt(7, row.born().getYear());
                ps.setString(8, CODES[row.country()]);
                ps.addBatch();
                if ((i + 1) % 1000 == 0) {
                    cs.executeBatch();
                    ps.executeBatch();
                }
            }
            cs.executeBatch();
            ps.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE MIGRANT_CASE ALTER COLUMN ID RESTART WITH " + caseId);
            st.execute("ALTER TABLE PERSON ALTER COLUMN ID RESTART WITH " + personId);
        }
        return rows.size();
    }

    /** Removes what {@link #insertRaw} wrote. */
    static void deleteRaw(Connection c, String prefix) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM PERSON WHERE CASE_ID IN (SELECT ID FROM MIGRANT_CASE WHERE CASE_NUMBER LIKE '"
                    + prefix + "-%')");
            st.executeUpdate("DELETE FROM MIGRANT_CASE WHERE CASE_NUMBER LIKE '" + prefix + "-%'");
        }
    }

    private static long max(Statement st, String table) throws SQLException {
        try (var rs = st.executeQuery("SELECT MAX(ID) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String name(Random r, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
