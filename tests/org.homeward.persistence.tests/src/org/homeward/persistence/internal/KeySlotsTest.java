package org.homeward.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.homeward.persistence.Vault.FailedAttempt;
import org.homeward.persistence.VaultException;
import org.homeward.persistence.VaultException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key slots: one database key, wrapped once per account under that account's password. */
class KeySlotsTest {

    @TempDir
    Path data;

    private Instant now = Instant.parse("2026-12-02T09:00:00Z");

    private KeySlots slots() {
        return new KeySlots(data.resolve("database.keys"), new Clock() {

            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });
    }

    @Test
    void twoUsersEachOpenTheSameKeyAndAPasswordChangeKeepsTheOthersAccess() throws Exception {
        KeySlots slots = slots();
        byte[] key = slots.newKey();
        slots.put("f.benali", "premier-mot-de-passe".toCharArray(), key);
        slots.put("K.Traore", "autre-mot-de-passe".toCharArray(), key);

        assertArrayEquals(key, slots.open("f.benali", "premier-mot-de-passe".toCharArray()));
        assertArrayEquals(key, slots().open("k.traore ", "autre-mot-de-passe".toCharArray()),
                "names are not case-sensitive");

        byte[] opened = slots.open("f.benali", "premier-mot-de-passe".toCharArray());
        slots.put("f.benali", "nouveau-mot-de-passe".toCharArray(), opened);
        assertEquals(Reason.WRONG_PASSWORD, assertThrows(VaultException.class,
                () -> slots.open("f.benali", "premier-mot-de-passe".toCharArray())).reason());
        assertArrayEquals(key, slots.open("f.benali", "nouveau-mot-de-passe".toCharArray()));
        assertArrayEquals(key, slots.open("k.traore", "autre-mot-de-passe".toCharArray()));

        String file = Files.readString(data.resolve("database.keys"));
        assertFalse(file.contains("mot-de-passe"), "no password in the file");
        assertFalse(file.contains(java.util.HexFormat.of().formatHex(key)), "no key in clear");
        assertFalse(file.contains(java.util.Base64.getEncoder().encodeToString(key)), "no key in clear");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(
                "database.keys"))));
    }

    @Test
    void aSlotCannotBeMovedToAnotherUserName() throws Exception {
        KeySlots slots = slots();
        slots.put("a.admin", "mot-de-passe-admin".toCharArray(), slots.newKey());
        Path file = data.resolve("database.keys");
        String adminId = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("a.admin".getBytes());
        String otherId = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("intrus".getBytes());
        Files.writeString(file, Files.readString(file).replace("slot." + adminId, "slot." + otherId));
        assertEquals(Reason.WRONG_PASSWORD, assertThrows(VaultException.class,
                () -> slots.open("intrus", "mot-de-passe-admin".toCharArray())).reason());
    }

    @Test
    void fiveWrongPasswordsSlowFurtherAttemptsEvenWithTheRightOne() throws Exception {
        KeySlots slots = slots();
        byte[] key = slots.newKey();
        slots.put("f.benali", "le-bon-mot-de-passe".toCharArray(), key);
        for (int i = 0; i < KeySlots.FREE_ATTEMPTS; i++) {
            assertEquals(Reason.WRONG_PASSWORD, assertThrows(VaultException.class,
                    () -> slots.open("f.benali", "devine".toCharArray())).reason());
        }
        VaultException throttled = assertThrows(VaultException.class,
                () -> slots.open("f.benali", "le-bon-mot-de-passe".toCharArray()));
        assertEquals(Reason.THROTTLED, throttled.reason());
        assertEquals(KeySlots.FIRST_WAIT_SECONDS, throttled.waitSeconds());
        assertTrue(throttled.getMessage().contains("30"), throttled.getMessage());

        now = now.plus(Duration.ofSeconds(KeySlots.FIRST_WAIT_SECONDS));
        assertEquals(Reason.WRONG_PASSWORD, assertThrows(VaultException.class,
                () -> slots.open("f.benali", "encore".toCharArray())).reason());
        assertEquals(2 * KeySlots.FIRST_WAIT_SECONDS, assertThrows(VaultException.class,
                () -> slots.open("f.benali", "le-bon-mot-de-passe".toCharArray())).waitSeconds(),
                "each failure doubles the wait");

        now = now.plus(Duration.ofMinutes(1));
        assertArrayEquals(key, slots.open("f.benali", "le-bon-mot-de-passe".toCharArray()));
        assertArrayEquals(key, slots.open("f.benali", "le-bon-mot-de-passe".toCharArray()), "success clears the count");

        List<FailedAttempt> failed = slots.takeFailedAttempts();
        assertEquals(6, failed.size(), "each wrong password is kept for the audit trail (not the throttled tries)");
        assertEquals("f.benali", failed.get(0).user());
        assertEquals(List.of(), slots.takeFailedAttempts(), "taken once");
    }

    @Test
    void anUnknownUserFailsLikeAWrongPasswordAndIsCounted() throws Exception {
        KeySlots slots = slots();
        slots.put("f.benali", "le-bon-mot-de-passe".toCharArray(), slots.newKey());
        VaultException e = assertThrows(VaultException.class,
                () -> slots.open("personne", "le-bon-mot-de-passe".toCharArray()));
        assertEquals(Reason.WRONG_PASSWORD, e.reason());
        assertEquals(1, slots.takeFailedAttempts().size());
    }

    @Test
    void anAdministratorResetGivesAccessBackAndARevokedUserLosesIt() throws Exception {
        KeySlots slots = slots();
        byte[] key = slots.newKey();
        slots.put("admin", "mot-de-passe-admin".toCharArray(), key);
        slots.put("oublieux", "mot-oublie-depuis".toCharArray(), key);
        byte[] held = slots.open("admin", "mot-de-passe-admin".toCharArray());
        slots.put("oublieux", "remis-par-l-admin".toCharArray(), held);
        assertArrayEquals(key, slots.open("oublieux", "remis-par-l-admin".toCharArray()));
        slots.remove("oublieux");
        assertFalse(slots.holds("oublieux"));
        assertThrows(VaultException.class, () -> slots.open("oublieux", "remis-par-l-admin".toCharArray()));
    }
}
