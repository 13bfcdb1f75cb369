package org.homeward.cases.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Clears, in the case area's own tables, what identifies the persons of one case: names, dates of birth
 * (the year stays, marked estimated), aliases, contacts, places, identity documents, scans and generated
 * letters, free texts (interview notes, vulnerability notes, reasons), the keys that find names, and the
 * case's data key, so that the values its audit lines copy can no longer be read. Kept for reports:
 * nationality, sex, year of birth, statuses, dates, vulnerability types, consent and sharing log (no
 * names). Audit lines written before the hash chain (in clear, outside the chain) lose their values.
 */
final class CaseAnonymiser {

    private static final String PERSONS = "(SELECT ID FROM PERSON WHERE CASE_ID = ?)";
    private static final List<String> STATEMENTS = List.of(
            "DELETE FROM CASE_SEARCH_KEY WHERE CASE_ID = ?",
            "DELETE FROM PERSON_NAME_KEY WHERE CASE_ID = ?",
            "DELETE FROM IDENTITY_DOCUMENT WHERE PERSON_ID IN " + PERSONS,
            "DELETE FROM ATTACHMENT_CONTENT WHERE ATTACHMENT_ID IN (SELECT ID FROM ATTACHMENT WHERE CASE_ID = ?)",
            "DELETE FROM ATTACHMENT WHERE CASE_ID = ?",
            "DELETE FROM CASE_IMPORT_KEY WHERE CASE_ID = ?",
            "UPDATE PERSON SET FAMILY_NAME = '', GIVEN_NAMES = '', ARABIC_NAME = NULL, ALIASES = NULL,"
                    + " BIRTH_DATE = NULL, BIRTH_DATE_ESTIMATED = TRUE, PLACE_OF_BIRTH = NULL, LANGUAGES = NULL,"
                    + " PHONE = NULL, CITY_OF_RESIDENCE = NULL, ENTRY_DATE = NULL, ENTRY_ROUTE = NULL,"
                    + " VERSION = VERSION + 1 WHERE CASE_ID = ?",
            "UPDATE VULNERABILITY SET NOTE = NULL WHERE CASE_ID = ?",
            "UPDATE INTERVIEW SET INTERPRETER = NULL, PLACE = NULL, REASON_FOR_RETURN = NULL, DESTINATION = NULL,"
                    + " FAMILY_CONTACTS = NULL, HEALTH_DECLARATION = NULL, NOTES = NULL, VERSION = VERSION + 1"
                    + " WHERE CASE_ID = ?",
            "UPDATE ELIGIBILITY SET REASON = NULL, VERSION = VERSION + 1 WHERE CASE_ID = ?",
            "UPDATE CASE_STATUS_CHANGE SET REASON = NULL WHERE CASE_ID = ?",
            "UPDATE AUDIT_ENTRY SET OLD_VALUE = NULL, NEW_VALUE = NULL WHERE CASE_ID = ? AND CHAIN_SEQ IS NULL",
            "UPDATE AUDIT_ENTRY SET FIELD = 'status' WHERE CASE_ID = ? AND CHAIN_SEQ IS NULL AND FIELD LIKE 'status: %'");

    private CaseAnonymiser() {
    }

    /** Anonymises the case's rows in the caller's transaction; {@code by} and {@code at} mark the change. */
    static void anonymise(Connection c, long caseId, LocalDate on, String by, Instant at) throws SQLException {
        for (String sql : STATEMENTS) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, caseId);
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE MIGRANT_CASE SET FAMILY_NAME = '', GIVEN_NAMES = '',"
                + " ARABIC_NAME = NULL, BIRTH_DATE = NULL, BIRTH_DATE_ESTIMATED = TRUE, SEARCH_NAME = '',"
                + " NEXT_ACTION = NULL, ANONYMISED_ON = ?, UPDATED_AT = ?, UPDATED_BY = ?, VERSION = VERSION + 1"
                + " WHERE ID = ?")) {
            st.setObject(1, java.sql.Date.valueOf(on));
            st.setTimestamp(2, Timestamp.from(at));
            st.setString(3, by);
            st.setLong(4, caseId);
            st.executeUpdate();
        }
        new CaseDataKeys(c).shred(caseId);
    }
}
