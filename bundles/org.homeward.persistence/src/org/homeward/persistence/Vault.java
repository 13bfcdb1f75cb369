package org.homeward.persistence;

import java.time.Instant;
import java.util.List;

/**
 * The lock on the database. The embedded database is encrypted under a random key that is never stored in
 * clear: it is wrapped once per account (a key slot) with a key derived from that account's password, in a
 * file beside the database. Until someone unlocks it with a password, the database is not opened and no
 * service that needs it appears. Wrong passwords are counted per account; after five, each further
 * attempt must wait longer. Failed attempts are kept outside the database until the account service
 * writes them to the audit trail.
 *
 * @since 1.4
 */
public interface Vault {

    enum State {
        /** No key slot yet: the first administrator is still to be created. */
        NEW,
        /** Slots exist; the database waits for a password. */
        LOCKED,
        /** The database key is in memory and the database is open (or opening). */
        UNLOCKED
    }

    State state();

    /**
     * First run: makes the database key and the first slot, then opens the database. An existing database
     * that is not encrypted yet is encrypted in place, after a backup.
     *
     * @throws VaultException {@code EXISTS} when a slot already exists
     */
    void create(String user, char[] password) throws VaultException;

    /** Unwraps {@code user}'s slot and opens the database with the key. */
    void unlock(String user, char[] password) throws VaultException;

    /** Checks {@code user}'s password against their slot while the database is open (sign-in, idle lock). */
    void verify(String user, char[] password) throws VaultException;

    /** Gives {@code user} a slot for {@code password}, replacing theirs if they have one (creation, reset). */
    void grant(String user, char[] password) throws VaultException;

    /** Rewraps {@code user}'s slot under a new password; the old one must be right. */
    void change(String user, char[] oldPassword, char[] newPassword) throws VaultException;

    /** Removes {@code user}'s slot: their password no longer opens the database. */
    void revoke(String user) throws VaultException;

    /** Whether {@code user} has a slot. */
    boolean holds(String user);

    /** The failed attempts recorded since the last call, oldest first; they are forgotten once returned. */
    List<FailedAttempt> takeFailedAttempts() throws VaultException;

    /** A wrong password (or unknown user) given at {@code at}. */
    record FailedAttempt(String user, Instant at) {
    }
}
