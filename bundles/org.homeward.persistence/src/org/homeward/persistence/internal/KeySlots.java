package org.homeward.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.eclipse.osgi.util.NLS;
import org.homeward.persistence.Vault.FailedAttempt;
import org.homeward.persistence.VaultException;
import org.homeward.persistence.VaultException.Reason;

/**
 * The key slots (in a file beside an embedded database, in a table of a database server): per account, the database key wrapped (AES-256-GCM, the user
 * name as associated data) under a key derived from the password with Argon2id (19 MiB, 2 passes, OWASP's
 * recommended minimum); and the wrong-password counts that slow further attempts.
 */
final class KeySlots {

    /** Wrong passwords accepted before each further attempt must wait. */
    static final int FREE_ATTEMPTS = 5;
    static final long FIRST_WAIT_SECONDS = 30;
    static final long LONGEST_WAIT_SECONDS = 15 * 60;
    static final int KEY_BYTES = 32;

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int PASSES = 2;
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final String SLOT = "slot.";
    private static final String FAILED = "failed.";
    private static final String ATTEMPT = "attempt.";

    private final SlotStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** The slots in {@code file}, beside an embedded database. */
    KeySlots(Path file, Clock clock) {
        this(new FileSlotStore(file), clock);
    }

    KeySlots(SlotStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    boolean isEmpty() throws VaultException {
        return store.read().stringPropertyNames().stream().noneMatch(k -> k.startsWith(SLOT));
    }

    boolean holds(String user) throws VaultException {
        return store.read().containsKey(SLOT + id(user));
    }

    /** A new random database key. */
    byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    /** Unwraps {@code user}'s slot; counts a failure and refuses when too many came before. */
    byte[] open(String user, char[] password) throws VaultException {
        String id = id(user);
        Opened opened = store.change(p -> {
            long wait = waitSeconds(p, id);
            if (wait > 0) {
                return new Opened(null, wait);
            }
            String slot = p.getProperty(SLOT + id);
            byte[] key = slot == null ? null : unwrap(slot, user, password);
            if (key == null) {
                if (slot == null) {
                    derive(password, new byte[SALT_BYTES]); // as long as a real check, so names cannot be guessed
                }
                fail(p, id);
                return new Opened(null, 0);
            }
            p.remove(FAILED + id);
            return new Opened(key, 0);
        });
        if (opened.waitSeconds() > 0) {
            throw new VaultException(Reason.THROTTLED, NLS.bind(Messages.Vault_throttled, opened.waitSeconds()),
                    opened.waitSeconds(), null);
        }
        if (opened.key() == null) {
            throw new VaultException(Reason.WRONG_PASSWORD, Messages.Vault_wrongPassword);
        }
        return opened.key();
    }

    /** What opening a slot came to: the key, or how long to wait, or neither (a wrong password). */
    private record Opened(byte[] key, long waitSeconds) {
    }

    /** Writes {@code user}'s slot for {@code password} around {@code key}, replacing any earlier one. */
    void put(String user, char[] password, byte[] key) throws VaultException {
        String slot = wrap(key, user, password);
        store.change(p -> {
            p.setProperty(SLOT + id(user), slot);
            p.remove(FAILED + id(user));
            return null;
        });
    }

    void remove(String user) throws VaultException {
        store.change(p -> p.remove(SLOT + id(user)));
    }

    /** The failed attempts recorded since the last call, oldest first, then forgets them. */
    List<FailedAttempt> takeFailedAttempts() throws VaultException {
        List<FailedAttempt> result = store.change(p -> {
            List<FailedAttempt> taken = new ArrayList<>();
            for (String k : new TreeSet<>(p.stringPropertyNames())) {
                if (k.startsWith(ATTEMPT)) {
                    String[] v = p.getProperty(k).split(",", 2);
                    taken.add(new FailedAttempt(name(v[1]), Instant.ofEpochMilli(Long.parseLong(v[0]))));
                    p.remove(k);
                }
            }
            return taken;
        });
        result.sort((a, b) -> a.at().compareTo(b.at()));
        return result;
    }

    private long waitSeconds(Properties p, String id) {
        String v = p.getProperty(FAILED + id);
        if (v == null) {
            return 0;
        }
        String[] parts = v.split(",");
        int count = Integer.parseInt(parts[0]);
        if (count < FREE_ATTEMPTS) {
            return 0;
        }
        long delay = Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS << Math.min(20, count - FREE_ATTEMPTS));
        long since = (clock.millis() - Long.parseLong(parts[1])) / 1000;
        return Math.max(0, delay - since);
    }

    private void fail(Properties p, String id) {
        String v = p.getProperty(FAILED + id);
        int count = v == null ? 0 : Integer.parseInt(v.split(",")[0]);
        long now = clock.millis();
        p.setProperty(FAILED + id, (count + 1) + "," + now);
        p.setProperty(ATTEMPT + String.format(Locale.ROOT, "%019d-%08x", now, random.nextInt()), now + "," + id);
    }

    private String wrap(byte[] key, String user, char[] password) throws VaultException {
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(salt);
        random.nextBytes(iv);
        byte[] kek = derive(password, salt);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(aad(user));
            byte[] wrapped = c.doFinal(key);
            Base64.Encoder b = Base64.getEncoder();
            return String.join("$", "argon2id", Integer.toString(MEMORY_KIB), Integer.toString(PASSES), "1",
                    b.encodeToString(salt), b.encodeToString(iv), b.encodeToString(wrapped));
        } catch (GeneralSecurityException e) {
            throw new VaultException(Reason.FAILED, e.getMessage(), 0, e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The key, or null when the password does not open the slot. */
    private byte[] unwrap(String slot, String user, char[] password) throws VaultException {
        String[] f = slot.split("\\$");
        if (f.length != 7 || !"argon2id".equals(f[0])) {
            throw new VaultException(Reason.FAILED, NLS.bind(Messages.Vault_unreadable, store.where()));
        }
        Base64.Decoder b = Base64.getDecoder();
        byte[] kek = derive(password, b.decode(f[4]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                Integer.parseInt(f[3]));
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, b.decode(f[5])));
            c.updateAAD(aad(user));
            return c.doFinal(b.decode(f[6]));
        } catch (javax.crypto.AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new VaultException(Reason.FAILED, e.getMessage(), 0, e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] derive(char[] password, byte[] salt) {
        return derive(password, salt, MEMORY_KIB, PASSES, 1);
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int passes, int lanes) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memoryKib).withIterations(passes)
                .withParallelism(lanes).withSalt(salt).build());
        byte[] out = new byte[KEY_BYTES];
        generator.generateBytes(password, out);
        return out;
    }

    private static byte[] aad(String user) {
        return ("homeward-database-key:" + normal(user)).getBytes(StandardCharsets.UTF_8);
    }

    static String normal(String user) {
        return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
    }

    private static String id(String user) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(normal(user).getBytes(StandardCharsets.UTF_8));
    }

    private static String name(String id) {
        return new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
    }
}
