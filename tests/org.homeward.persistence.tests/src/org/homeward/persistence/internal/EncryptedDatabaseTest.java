package org.homeward.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.homeward.persistence.Transactions;
import org.homeward.persistence.tests.contribution.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedded Derby encrypted with AES-256 under a key given from outside. */
class EncryptedDatabaseTest {

    @TempDir
    Path data;

    private static byte[] key() {
        byte[] key = new byte[KeySlots.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private Database open(byte[] key) throws Exception {
        return Database.open(DatabaseSettings.embeddedDerby(data), List.of(DatabaseTest.contribution()),
                Database.class.getClassLoader(), key);
    }

    private long write(Database db, String code, String text) {
        return Transactions.inTransaction(db.emf(), em -> {
            Note n = new Note(code, text);
            em.persist(n);
            em.flush();
            return n.getId();
        });
    }

    /** The files under the data folder whose bytes hold {@code text}. */
    private List<Path> filesHolding(String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (var files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(f), needle) >= 0) {
                    found.add(data.relativize(f));
                }
            }
        }
        return found;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer : for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aSeededNameIsInNoFileAndTheDatabaseDoesNotBootWithoutItsKey() throws Exception {
        String name = "Mariama Sylla-" + System.nanoTime();
        String phone = "+212 6 61 " + System.nanoTime() % 1_000_000;
        byte[] key = key();
        long id;
        try (Database db = open(key)) {
            id = write(db, "N-1", name + " " + phone);
        }
        assertTrue(DerbyEncryption.isEncrypted(data.resolve("database")));
        assertEquals(List.of(), filesHolding(name), "files holding the name");
        assertEquals(List.of(), filesHolding(phone), "files holding the phone number");

        assertThrows(Exception.class, () -> open(null), "booted without a key");
        byte[] wrong = key();
        assertThrows(Exception.class, () -> open(wrong), "booted with a wrong key");
        try (Database db = open(key)) {
            Note read = Transactions.read(db.emf(), em -> em.find(Note.class, id));
            assertNotNull(read);
            assertEquals(name + " " + phone, read.getText());
        }
    }

    @Test
    void aDatabaseMadeBeforeEncryptionIsEncryptedInPlaceWithEveryRowIntact() throws Exception {
        String name = "Ibrahima Camara-" + System.nanoTime();
        List<Long> ids = new ArrayList<>();
        try (Database clear = open(null)) {
            for (int i = 0; i < 50; i++) {
                ids.add(write(clear, "C-" + i, name + " " + i));
            }
        }
        assertFalse(filesHolding(name).isEmpty(), "the test sees the name in a clear database's files");

        byte[] key = key();
        try (Database db = open(key)) {
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                assertEquals(name + " " + i, Transactions.read(db.emf(), em -> em.find(Note.class, id)).getText());
            }
        }
        assertTrue(DerbyEncryption.isEncrypted(data.resolve("database")));
        assertEquals(List.of(), filesHolding(name), "files still holding the name after encryption");
        try (var left = Files.list(data.resolve("backups"))) {
            assertEquals(0, left.count(), "the clear copy made before encrypting is removed once every row is found");
        }
        assertThrows(Exception.class, () -> open(null), "booted without a key after encryption");
    }

    @Test
    void twoAccountsEachOpenTheDatabaseAPasswordChangeKeepsTheOtherAndAResetKeepsTheData() throws Exception {
        KeySlots slots = new KeySlots(data.resolve("database.keys"), java.time.Clock.systemUTC());
        byte[] key = slots.newKey();
        slots.put("admin", "mot-de-passe-admin".toCharArray(), key);
        slots.put("awa", "mot-de-passe-awa".toCharArray(), key);
        String name = "Fatoumata Keita-" + System.nanoTime();
        long id;
        try (Database db = open(slots.open("admin", "mot-de-passe-admin".toCharArray()))) {
            id = write(db, "K-1", name);
        }
        try (Database db = open(slots.open("awa", "mot-de-passe-awa".toCharArray()))) {
            assertEquals(name, Transactions.read(db.emf(), em -> em.find(Note.class, id)).getText(), "awa opens it");
        }
        slots.put("admin", "nouveau-mot-admin".toCharArray(), slots.open("admin", "mot-de-passe-admin"
                .toCharArray())); // the administrator changes their password
        try (Database db = open(slots.open("awa", "mot-de-passe-awa".toCharArray()))) {
            assertEquals(name, Transactions.read(db.emf(), em -> em.find(Note.class, id)).getText(),
                    "the other account still opens it");
        }
        slots.put("awa", "remis-par-l-admin".toCharArray(), slots.open("admin", "nouveau-mot-admin"
                .toCharArray())); // awa forgot hers: the administrator gives a new one
        try (Database db = open(slots.open("awa", "remis-par-l-admin".toCharArray()))) {
            assertEquals(name, Transactions.read(db.emf(), em -> em.find(Note.class, id)).getText(),
                    "after the reset, with every row");
        }
        assertThrows(org.homeward.persistence.VaultException.class,
                () -> slots.open("awa", "mot-de-passe-awa".toCharArray()), "the old password opens nothing");
        assertEquals(List.of(), filesHolding(name));
    }
}
