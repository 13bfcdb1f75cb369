package org.homeward.cases.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.service.AuditService.AuditVerification;

/**
 * Walks the audit chain from its first line to the end {@code AUDIT_CHAIN} records, recomputing each
 * hash, and stops at the first line out of place (a removed or inserted line) or whose hash does not
 * hold (an altered line, or the line before it altered), or at an end that was cut off.
 */
final class AuditVerifier {

    private static final int REPORT_EVERY = 5_000;

    private AuditVerifier() {
    }

    static AuditVerification verify(Connection c, LongConsumer progress, BooleanSupplier cancelled)
            throws SQLException {
        long unchained;
        AuditChain.End end;
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE CHAIN_SEQ IS NULL")) {
                rs.next();
                unchained = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT LAST_SEQ, LAST_HASH FROM AUDIT_CHAIN WHERE ID = 1")) {
                end = rs.next() ? new AuditChain.End(rs.getLong(1), rs.getString(2)) : null;
            }
        }
        if (end == null) {
            return new AuditVerification(0, unchained, null, Messages.Audit_noEnd);
        }
        try (PreparedStatement st = c.prepareStatement("SELECT ID, AT_TIME, USER_NAME, CASE_ID, ENTITY, ENTITY_ID,"
                + " ACTION, FIELD, OLD_VALUE, NEW_VALUE, CHAIN_SEQ, CHAIN_HASH FROM AUDIT_ENTRY"
                + " WHERE CHAIN_SEQ IS NOT NULL AND CHAIN_SEQ <= ? ORDER BY CHAIN_SEQ")) {
            st.setLong(1, end.seq()); // lines chained since are not part of the end read
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery()) {
                return walk(rs, end, unchained, progress, cancelled);
            }
        }
    }

    private static AuditVerification walk(ResultSet rs, AuditChain.End end, long unchained, LongConsumer progress,
            BooleanSupplier cancelled) throws SQLException {
        String previous = AuditChain.GENESIS;
        long expected = 1;
        while (rs.next()) {
            long id = rs.getLong(1);
            long seq = rs.getLong(11);
            if (seq != expected) {
                String why = seq < expected
                        ? NLS.bind(Messages.Audit_twice, seq)
                        : NLS.bind(Messages.Audit_missing, expected, seq - 1);
                return new AuditVerification(expected - 1, unchained, id, why);
            }
            java.time.LocalDateTime at = rs.getTimestamp(2).toLocalDateTime();
            String user = rs.getString(3);
            long caseId = rs.getLong(4);
            Long caseOrNull = rs.wasNull() ? null : caseId;
            AuditChain.Line line = new AuditChain.Line(at, user, caseOrNull, rs.getString(5), rs.getLong(6),
                    rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
            String stored = rs.getString(12);
            if (!AuditChain.hash(previous, seq, line).equals(stored)) {
                return new AuditVerification(expected - 1, unchained, id, NLS.bind(Messages.Audit_altered, seq));
            }
            previous = stored;
            if (expected++ % REPORT_EVERY == 0) {
                progress.accept(expected - 1);
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
            }
        }
        long checked = expected - 1;
        progress.accept(checked);
        if (checked != end.seq() || !previous.equals(end.hash())) {
            return new AuditVerification(checked, unchained, null, NLS.bind(Messages.Audit_cutOff, checked,
                    end.seq()));
        }
        return new AuditVerification(checked, unchained, null, "");
    }
}
