package org.homeward.common.security;

/**
 * Why a sign-in or a password check was refused; the message is for the user and never says whether the
 * name or the password was wrong.
 *
 * @since 1.2
 */
public class SignInException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The user name or the password is wrong. */
        WRONG_CREDENTIALS,
        /** Too many wrong passwords: wait {@link SignInException#waitSeconds()}. */
        THROTTLED,
        /** The account was closed by an administrator. */
        INACTIVE,
        /** The key file or the database could not be read. */
        FAILED
    }

    private final Reason reason;
    private final long waitSeconds;

    public SignInException(Reason reason, String message, long waitSeconds, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.waitSeconds = waitSeconds;
    }

    public Reason reason() {
        return reason;
    }

    public long waitSeconds() {
        return waitSeconds;
    }
}
