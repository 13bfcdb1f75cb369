package org.homeward.persistence;

/**
 * Why the {@link Vault} refused. The message is for the user; it never says whether the user name or the
 * password was wrong.
 *
 * @since 1.4
 */
public class VaultException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The user has no slot or the password does not open it. */
        WRONG_PASSWORD,
        /** Too many wrong passwords: wait {@link VaultException#waitSeconds()} seconds. */
        THROTTLED,
        /** The operation needs the database key, and the vault is locked. */
        LOCKED,
        /** A first slot already exists. */
        EXISTS,
        /** The slot file or the database could not be read, written or opened. */
        FAILED
    }

    private final Reason reason;
    private final long waitSeconds;

    public VaultException(Reason reason, String message, long waitSeconds, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.waitSeconds = waitSeconds;
    }

    public VaultException(Reason reason, String message) {
        this(reason, message, 0, null);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#THROTTLED}: how long before the next attempt is accepted. */
    public long waitSeconds() {
        return waitSeconds;
    }
}
