package org.homeward.cases.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.homeward.cases.model.AuditEntry.Action;

/**
 * Writes audit lines on the transaction's connection, each chained to the one before
 * ({@link AuditChain}), a case's values encrypted under its key ({@link CaseDataKeys}). The only writer of {@code AUDIT_ENTRY}: nothing updates or deletes a line. In
 * batches ({@link #batched}), the chain's end is taken once and stored at each {@link #flush()}; while such
 * a writer is open, its transaction audits through it alone.
 */
final class AuditRows implements AutoCloseable {

    /** A status line's field: this, then the reason given, which is a case's free text (kept encrypted). */
    static final String REASON = "status: ";

    private final Connection connection;
    private final PreparedStatement insert;
    private final boolean batched;
    private final CaseDataKeys keys;
    private AuditChain.End end;

    private AuditRows(Connection connection, boolean batched, CaseDataKeys keys) throws SQLException {
        this.connection = connection;
        this.batched = batched;
        this.keys = keys;
        this.insert = connection.prepareStatement("INSERT INTO AUDIT_ENTRY (VERSION, AT_TIME, USER_NAME, CASE_ID,"
                + " ENTITY, ENTITY_ID, ACTION, FIELD, OLD_VALUE, NEW_VALUE, CHAIN_SEQ, CHAIN_HASH)"
                + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * A writer that sends each line at once, taking the chain's end for each.
     *
     * @param keys the unit of work's case keys, read once per case however many lines it writes
     */
    static AuditRows single(Connection connection, CaseDataKeys keys) throws SQLException {
        return new AuditRows(connection, false, keys);
    }

    /** A writer that collects lines until {@link #flush()}, for thousands of lines in one transaction. */
    static AuditRows batched(Connection connection) throws SQLException {
        return new AuditRows(connection, true, new CaseDataKeys(connection));
    }

    /**
     * Adds one line, chained to the one before; the values of a case's line are kept encrypted under the
     * case's key ({@link CaseDataKeys}).
     */
    void add(Instant at, String user, Long caseId, String entity, long entityId, Action action, String field,
            String oldValue, String newValue) throws SQLException {
        String before = oldValue;
        String after = newValue;
        String why = field;
        boolean reason = field != null && field.startsWith(REASON);
        if (caseId != null && (before != null || after != null || reason)) {
            byte[] key = keys.keyFor(caseId, true);
            before = CaseDataKeys.seal(key, before);
            after = CaseDataKeys.seal(key, after);
            why = reason ? REASON + CaseDataKeys.seal(key, field.substring(REASON.length())) : field;
        }
        if (end == null || !batched) {
            end = AuditChain.take(connection);
        }
        Timestamp time = Timestamp.from(at.truncatedTo(ChronoUnit.MILLIS));
        long seq = end.seq() + 1;
        String hash = AuditChain.hash(end.hash(), seq, new AuditChain.Line(time.toLocalDateTime(), user, caseId,
                entity, entityId, action.name(), why, before, after));
        insert.setTimestamp(1, time);
        insert.setString(2, user);
        insert.setObject(3, caseId, Types.BIGINT);
        insert.setString(4, entity);
        insert.setLong(5, entityId);
        insert.setString(6, action.name());
        insert.setString(7, why);
        insert.setString(8, before);
        insert.setString(9, after);
        insert.setLong(10, seq);
        insert.setString(11, hash);
        end = new AuditChain.End(seq, hash);
        if (batched) {
            insert.addBatch();
        } else {
            insert.executeUpdate();
            AuditChain.store(connection, end);
        }
    }

    /** Sends the collected lines and moves the chain's end past them. */
    void flush() throws SQLException {
        if (batched && end != null) {
            insert.executeBatch();
            AuditChain.store(connection, end);
        }
    }

    /** Releases the statement; what {@link #flush()} has not sent is dropped. */
    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
