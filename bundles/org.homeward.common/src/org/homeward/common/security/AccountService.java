package org.homeward.common.security;

import java.util.List;

import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/**
 * Accounts and sessions. Signing in checks the password against the account's key slot (see the persistence
 * bundle's vault), makes the account the {@link CurrentUser} of this workbench and writes the attempt to the
 * audit trail, with the failed attempts made while the database was locked. Administrators
 * ({@link Permission#ADMINISTER_USERS}) create accounts, give roles, reset passwords and close accounts; every
 * such change is audited in its transaction.
 *
 * @since 1.2
 */
public interface AccountService {

    /**
     * Event Admin topic posted after each sign-in (property {@code user}: the user name), so that lists read again
     * with the new user's permissions.
     */
    String TOPIC_SIGNED_IN = "org/homeward/accounts/SIGNED_IN";

    /** Passwords shorter than this are refused. */
    int MINIMUM_PASSWORD_LENGTH = 10;

    /**
     * Signs {@code userName} in (or switches this workbench to them). The first account signing in on a new
     * installation, the one that created the vault, becomes its administrator.
     */
    @Requires({})
    Account signIn(String userName, char[] password) throws SignInException;

    /** Nobody is signed in on this workbench any more (the account's next action needs a new sign-in). */
    @Requires({})
    void signOut();

    /** Checks the signed-in user's password without changing who is signed in: resuming a locked workbench. */
    @Requires({})
    void confirm(char[] password) throws SignInException;

    /** The signed-in account, if any. */
    @Requires({})
    java.util.Optional<Account> current();

    /** Every account, by user name. */
    @Requires(Permission.ADMINISTER_USERS)
    List<Account> accounts() throws RefusedException;

    /**
     * A new account with its first password (to be changed by its user).
     *
     * @throws ValidationException naming the field: user name taken or malformed, name missing, password too short
     */
    @Requires(Permission.ADMINISTER_USERS)
    Account create(String userName, String fullName, Role role, char[] password)
            throws RefusedException, ValidationException;

    /** Gives {@code userName} another role. */
    @Requires(Permission.ADMINISTER_USERS)
    Account changeRole(String userName, Role role, long expectedVersion)
            throws RefusedException, ValidationException, ConflictException;

    /** Sets a new password for a user who lost theirs; their data stays. */
    @Requires(Permission.ADMINISTER_USERS)
    Account resetPassword(String userName, char[] password, long expectedVersion)
            throws RefusedException, ValidationException, ConflictException;

    /** Closes {@code userName}'s account: their password no longer opens the database. */
    @Requires(Permission.ADMINISTER_USERS)
    Account close(String userName, long expectedVersion)
            throws RefusedException, ValidationException, ConflictException;

    /** The signed-in user changes their own password. */
    @Requires({})
    void changePassword(char[] oldPassword, char[] newPassword) throws SignInException, ValidationException;
}
