package org.homeward.cli.internal;

import java.util.function.UnaryOperator;

import org.homeward.cli.internal.Commands.NoPermissionException;
import org.homeward.common.security.AccountService;
import org.homeward.common.security.SignInException;
import org.homeward.persistence.Vault;
import org.homeward.persistence.VaultException;

/**
 * A headless command signs in like the workbench: the user from {@code HOMEWARD_USER}, the password typed
 * at the terminal (not echoed), or for scripts from {@code HOMEWARD_PASSWORD}. The password unlocks the
 * database, then the account service signs the user in (audited, wrong passwords counted). The setup command
 * instead creates the first administrator of a new installation.
 */
final class SignIn {

    static final String USER = "HOMEWARD_USER";
    static final String PASSWORD = "HOMEWARD_PASSWORD";

    private final UnaryOperator<String> environment;

    SignIn(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /**
     * Signs in; with {@code setup} on a new installation, first creates the vault with this user as its
     * administrator (what the workbench's first start does).
     */
    void run(Services services, boolean setup) throws NoPermissionException, Commands.UnavailableException {
        String user = environment.apply(USER);
        if (user == null || user.isBlank()) {
            throw new NoPermissionException(Messages.SignIn_noUser);
        }
        services.requireOpenable(); // before asking for a password the database could not use
        char[] password = password(user);
        try {
            Vault vault = services.get(Vault.class);
            if (vault.state() == Vault.State.NEW) {
                if (!setup) {
                    throw new NoPermissionException(Messages.SignIn_noAccount);
                }
                vault.create(user, password);
            } else if (setup) {
                throw new NoPermissionException(Messages.SignIn_setUpAlready);
            }
            if (vault.state() == Vault.State.LOCKED) {
                vault.unlock(user, password);
            }
            services.awaitDatabase();
            services.get(AccountService.class).signIn(user, password);
        } catch (VaultException | SignInException e) {
            throw new NoPermissionException(e.getMessage());
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private char[] password(String user) throws NoPermissionException {
        String given = environment.apply(PASSWORD);
        if (given != null) {
            return given.toCharArray();
        }
        java.io.Console terminal = System.console();
        char[] typed = terminal == null ? null : terminal.readPassword(Messages.SignIn_prompt, user);
        if (typed == null) {
            throw new NoPermissionException(Messages.SignIn_noPassword);
        }
        return typed;
    }
}
