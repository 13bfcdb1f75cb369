package org.homeward.cases.core.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.core.internal.entity.PersonNameKey;
import org.homeward.cases.model.AuditEntry.Action;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;

/**
 * Writes whole cases (case row, persons, name keys, search keys, status history, audit lines) with JDBC batches in
 * the caller's transaction: for demonstration data and imports, thousands of cases at a time. The
 * identifiers are taken in one block under an exclusive lock on the case and person tables, which
 * other workbenches wait for until the transaction ends; {@link #close()} moves the identity columns
 * past the block. Standard SQL: Derby and PostgreSQL both read {@code LOCK TABLE ... IN EXCLUSIVE MODE}
 * and {@code ALTER COLUMN ... RESTART WITH}.
 */
final class CaseRowsBatch implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement cases;
    private final PreparedStatement words;
    private final PreparedStatement persons;
    private final PreparedStatement keys;
    private final PreparedStatement statuses;
    private final AuditRows audit;
    private long nextCaseId;
    private long nextPersonId;

    CaseRowsBatch(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
            st.execute("LOCK TABLE MIGRANT_CASE IN EXCLUSIVE MODE");
            st.execute("LOCK TABLE PERSON IN EXCLUSIVE MODE");
        }
        nextCaseId = nextId("MIGRANT_CASE");
        nextPersonId = nextId("PERSON");
        cases = connection.prepareStatement("INSERT INTO MIGRANT_CASE (ID, VERSION, CASE_NUMBER, FAMILY_NAME,"
                + " GIVEN_NAMES, ARABIC_NAME, SEX, BIRTH_DATE, BIRTH_YEAR, BIRTH_DATE_ESTIMATED, NATIONALITY, STATUS,"
                + " SEARCH_NAME, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY, SEARCH_KEYS_VERSION)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + SearchWords.VERSION + ")");
        words = connection.prepareStatement("INSERT INTO CASE_SEARCH_KEY (SEARCH_KEY, CASE_ID) VALUES (?, ?)");
        persons = connection.prepareStatement("INSERT INTO PERSON (ID, VERSION, CASE_ID, RELATIONSHIP, FAMILY_NAME,"
                + " GIVEN_NAMES, ARABIC_NAME, ALIASES, SEX, BIRTH_DATE, BIRTH_YEAR, BIRTH_DATE_ESTIMATED, NATIONALITY,"
                + " NAME_KEYS_VERSION) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + NameKeys.VERSION + ")");
        keys = connection.prepareStatement("INSERT INTO PERSON_NAME_KEY (VERSION, PERSON_ID, PART, NAME_KEY, CASE_ID,"
                + " NATIONALITY, BIRTH_YEAR) VALUES (1, ?, ?, ?, ?, ?, ?)");
        statuses = connection.prepareStatement("INSERT INTO CASE_STATUS_CHANGE (VERSION, CASE_ID, FROM_STATUS,"
                + " TO_STATUS, REASON, CHANGED_BY, CHANGED_AT) VALUES (1, ?, ?, ?, ?, ?, ?)");
        audit = AuditRows.batched(connection);
    }

    /**
     * Adds a case for {@code household} (principal first) and returns its id.
     *
     * @param by who the case is recorded as created by
     */
    long addCase(String caseNumber, List<PersonDraft> household, List<Relationship> relationships, CaseStatus status,
            Instant created, String by) throws SQLException {
        long caseId = nextCaseId++;
        PersonDraft p = household.get(0);
        StringBuilder search = new StringBuilder(SearchKeys.ofNames(p.familyName(), p.givenNames(), p.arabicName()));
        for (PersonDraft m : household.subList(1, household.size())) {
            String more = SearchKeys.ofNames(m.familyName(), m.givenNames(), m.arabicName());
            if (search.length() + 1 + more.length() <= CaseSearch.MAX) {
                search.append(' ').append(more);
            }
        }
        Timestamp at = Timestamp.from(created);
        cases.setLong(1, caseId);
        cases.setString(2, caseNumber);
        cases.setString(3, p.familyName());
        cases.setString(4, p.givenNames());
        cases.setString(5, p.arabicName());
        cases.setString(6, p.sex().name());
        cases.setDate(7, p.dateOfBirth().estimated() ? null : Date.valueOf(p.dateOfBirth().exactDate()));
        cases.setInt(8, p.dateOfBirth().year());
        cases.setBoolean(9, p.dateOfBirth().estimated());
        cases.setString(10, p.nationality());
        cases.setString(11, status.name());
        cases.setString(12, search.toString());
        cases.setTimestamp(13, at);
        cases.setString(14, by);
        cases.setTimestamp(15, at);
        cases.setString(16, by);
        cases.addBatch();
        for (String word : SearchWords.of(search.toString())) {
            words.setString(1, word);
            words.setLong(2, caseId);
            words.addBatch();
        }
        for (int i = 0; i < household.size(); i++) {
            person(caseId, relationships.get(i), household.get(i));
        }
        return caseId;
    }

    private void person(long caseId, Relationship relationship, PersonDraft d) throws SQLException {
        long id = nextPersonId++;
        persons.setLong(1, id);
        persons.setLong(2, caseId);
        persons.setString(3, relationship.name());
        persons.setString(4, d.familyName());
        persons.setString(5, d.givenNames());
        persons.setString(6, d.arabicName());
        persons.setString(7, d.aliases());
        persons.setString(8, d.sex().name());
        persons.setDate(9, d.dateOfBirth().estimated() ? null : Date.valueOf(d.dateOfBirth().exactDate()));
        persons.setInt(10, d.dateOfBirth().year());
        persons.setBoolean(11, d.dateOfBirth().estimated());
        persons.setString(12, d.nationality());
        persons.addBatch();
        PersonEntity p = new PersonEntity(caseId, relationship, d) {

            @Override
            public Long getId() {
                return id;
            }
        };
        for (PersonNameKey k : NameKeys.of(p)) {
            keys.setLong(1, id);
            keys.setString(2, k.getPart().name());
            keys.setString(3, k.getNameKey());
            keys.setLong(4, caseId);
            keys.setString(5, d.nationality());
            keys.setInt(6, d.dateOfBirth().year());
            keys.addBatch();
        }
    }

    /** Adds a status change to the case's history. */
    void addStatus(long caseId, CaseStatus from, CaseStatus to, String reason, String by, Instant at)
            throws SQLException {
        statuses.setLong(1, caseId);
        statuses.setString(2, from == null ? null : from.name());
        statuses.setString(3, to.name());
        statuses.setString(4, reason);
        statuses.setString(5, by);
        statuses.setTimestamp(6, Timestamp.from(at));
        statuses.addBatch();
    }

    /** An audit writer whose entries join this batch. */
    AuditRecorder audit(String user, Instant at) {
        return new AuditRecorder(user, at) {

            @Override
            protected void write(Long caseId, String entity, long entityId, Action action, String field,
                    String before, String after) {
                try {
                    audit.add(at(), user(), caseId, entity, entityId, action, field, before, after);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** Sends what was added to the database (still in the caller's transaction). */
    void flush() throws SQLException {
        cases.executeBatch();
        words.executeBatch();
        persons.executeBatch();
        keys.executeBatch();
        statuses.executeBatch();
        audit.flush();
    }

    /** Sends what is left, and moves the identity columns past the ids this batch took. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
            try (Statement st = connection.createStatement()) {
                st.execute("ALTER TABLE MIGRANT_CASE ALTER COLUMN ID RESTART WITH " + nextCaseId);
                st.execute("ALTER TABLE PERSON ALTER COLUMN ID RESTART WITH " + nextPersonId);
            }
        } finally {
            for (Statement s : List.of(cases, words, persons, keys, statuses)) {
                s.close();
            }
            audit.close();
        }
    }

    private long nextId(String table) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(ID) FROM " + table)) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }
}
