package org.homeward.cases.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The audit trail's hash chain. Each line has a place in the chain ({@code CHAIN_SEQ}: 1, 2, 3...) and a
 * hash ({@code CHAIN_HASH}) of the line before's hash and its own content, so that altering, removing or
 * inserting a line breaks every hash from there on; {@code AUDIT_CHAIN} holds the chain's end (last
 * place and hash), so that cutting off the last lines shows too. Writers take the end under a row lock
 * held until their transaction ends: two workstations never chain onto the same line.
 */
final class AuditChain {

    /** The hash the first line is chained to. */
    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';
    private static final char NULL = '\u0000';

    /** The chain's end: the last line's place and hash. */
    record End(long seq, String hash) {
    }

    /** What a line says, in the form that is hashed (the time as the database keeps it: local, to the milli). */
    record Line(LocalDateTime at, String user, Long caseId, String entity, long entityId, String action, String field,
            String before, String after) {
    }

    private AuditChain() {
    }

    /** Takes the chain's end, locking it until the transaction ends (standard SQL: an update, then a read). */
    static End take(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE AUDIT_CHAIN SET LAST_SEQ = LAST_SEQ WHERE ID = 1");
            try (ResultSet rs = st.executeQuery("SELECT LAST_SEQ, LAST_HASH FROM AUDIT_CHAIN WHERE ID = 1")) {
                if (!rs.next()) {
                    throw new SQLException("the audit chain's end (AUDIT_CHAIN, ID 1) is missing");
                }
                return new End(rs.getLong(1), rs.getString(2));
            }
        }
    }

    /** Moves the chain's end, in the transaction that took it. */
    static void store(Connection c, End end) throws SQLException {
        try (PreparedStatement st = c
                .prepareStatement("UPDATE AUDIT_CHAIN SET LAST_SEQ = ?, LAST_HASH = ? WHERE ID = 1")) {
            st.setLong(1, end.seq());
            st.setString(2, end.hash());
            st.executeUpdate();
        }
    }

    /** The hash of {@code line} at place {@code seq}, chained to {@code previous}. */
    static String hash(String previous, long seq, Line line) {
        StringBuilder b = new StringBuilder(256).append(previous).append(SEPARATOR).append(seq);
        for (Object part : new Object[]{line.at(), line.user(), line.caseId(), line.entity(), line.entityId(),
                line.action(), line.field(), line.before(), line.after()}) {
            b.append(SEPARATOR);
            if (part == null) {
                b.append(NULL);
            } else {
                b.append(part);
            }
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }
}
