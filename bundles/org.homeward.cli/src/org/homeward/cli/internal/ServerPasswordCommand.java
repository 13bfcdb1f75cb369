package org.homeward.cli.internal;

import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.eclipse.equinox.security.storage.StorageException;
import org.homeward.persistence.DatabaseServer;
import org.homeward.persistence.SecretStore;

/**
 * {@code server-password}: keeps the office database server's password in this workstation's encrypted
 * secure storage, once per workstation, before anyone signs in (the accounts live on that server). The
 * password comes from {@code HOMEWARD_DB_PASSWORD} in scripts, else is typed twice at the terminal.
 */
final class ServerPasswordCommand {

    static final String DB_PASSWORD = "HOMEWARD_DB_PASSWORD";

    private final Services services;
    private final Console console;
    private final UnaryOperator<String> environment;

    ServerPasswordCommand(Services services, Console console, UnaryOperator<String> environment) {
        this.services = services;
        this.console = console;
        this.environment = environment;
    }

    int run() throws Commands.NoPermissionException, Commands.OutputException {
        char[] password = password();
        try {
            DatabaseServer.keepPassword(services.get(SecretStore.class), password);
        } catch (StorageException e) {
            throw new Commands.OutputException(e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
        console.say(Messages.ServerPassword_kept);
        return Commands.OK;
    }

    private char[] password() throws Commands.NoPermissionException {
        String given = environment.apply(DB_PASSWORD);
        char[] password = TypedPassword.read(key -> given == null || given.isEmpty() ? null : given, DB_PASSWORD,
                Messages.ServerPassword_prompt, Messages.ServerPassword_none, Messages.ServerPassword_mismatch);
        if (password.length == 0) {
            throw new Commands.NoPermissionException(Messages.ServerPassword_mismatch);
        }
        return password;
    }
}
