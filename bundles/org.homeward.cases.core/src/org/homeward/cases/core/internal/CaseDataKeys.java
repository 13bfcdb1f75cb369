package org.homeward.cases.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Each case's own key ({@code CASE_DATA_KEY}, 256 random bits) for the values its audit lines copy (a
 * name before and after a correction, a phone number...). The lines keep the values encrypted
 * (AES-GCM, {@code enc:} then Base64 of nonce and ciphertext); when the case's identified data is
 * anonymised, its key is deleted and those values can no longer be read by anyone, while the lines
 * themselves, and their hash chain, stay as they were.
 */
final class CaseDataKeys {

    static final String PREFIX = "enc:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final Connection connection;
    private final Map<Long, byte[]> keys = new HashMap<>();

    CaseDataKeys(Connection connection) {
        this.connection = connection;
    }

    /** The case's key, made the first time one is needed; null when the case's data was anonymised. */
    byte[] keyFor(long caseId, boolean make) throws SQLException {
        if (keys.containsKey(caseId)) {
            return keys.get(caseId);
        }
        byte[] key = read(caseId);
        if (key == null && make && !anonymised(caseId)) {
            key = new byte[32];
            RANDOM.nextBytes(key);
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT INTO CASE_DATA_KEY (CASE_ID, DATA_KEY) VALUES (?, ?)")) {
                st.setLong(1, caseId);
                st.setString(2, HexFormat.of().formatHex(key));
                st.executeUpdate();
            }
        }
        keys.put(caseId, key);
        return key;
    }

    private byte[] read(long caseId) throws SQLException {
        try (PreparedStatement st = connection
                .prepareStatement("SELECT DATA_KEY FROM CASE_DATA_KEY WHERE CASE_ID = ?")) {
            st.setLong(1, caseId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? HexFormat.of().parseHex(rs.getString(1)) : null;
            }
        }
    }

    private boolean anonymised(long caseId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT COUNT(*) FROM MIGRANT_CASE WHERE ID = ? AND ANONYMISED_ON IS NOT NULL")) {
            st.setLong(1, caseId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Deletes the case's key: its audit lines' values become unreadable. */
    void shred(long caseId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM CASE_DATA_KEY WHERE CASE_ID = ?")) {
            st.setLong(1, caseId);
            st.executeUpdate();
        }
        keys.put(caseId, null);
    }

    /** {@code value} encrypted under {@code key}; null stays null. */
    static String seal(byte[] key, String value) {
        if (value == null || key == null) {
            return value == null ? null : "";
        }
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = aes.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, all, 0, NONCE);
            System.arraycopy(sealed, 0, all, NONCE, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e); // AES-GCM is in every Java runtime
        }
    }

    /**
     * The value as written: {@code stored} opened with {@code key}, or as it is when it was written in
     * clear (before case keys); null when it can no longer be read (the case was anonymised).
     */
    static String open(byte[] key, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        if (key == null) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, all, 0,
                    NONCE));
            return new String(aes.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null; // altered: the verification of the trail names the line
        }
    }
}
