package org.homeward.reporting.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.homeward.persistence.SecretStore;

/**
 * The codes anonymised exports give cases: HMAC-SHA256 of the case number under the office's secret,
 * made at random on first use and kept encrypted in the secure storage; the first 8 bytes, in hex.
 */
final class CaseCodes {

    static final String NODE = "org.homeward.reporting/export";
    static final String KEY = "case-code-secret";

    private final Mac mac;

    CaseCodes(SecretStore store) throws StorageException, GeneralSecurityException {
        ISecurePreferences node = store.node(NODE);
        String secret = node.get(KEY, null);
        if (secret == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = Base64.getEncoder().encodeToString(random);
            node.put(KEY, secret, true);
            store.flush();
        }
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret), "HmacSHA256"));
    }

    String of(String caseNumber) {
        byte[] digest = mac.doFinal(caseNumber.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().withUpperCase().formatHex(digest, 0, 8);
    }
}
