package org.homeward.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.homeward.common.security.Account;
import org.homeward.common.security.AccountService;
import org.homeward.common.security.Role;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/**
 * {@code add-user NAME --role ROLE --name "FULL NAME"}: an administrator creates an account from a script
 * (the first password from {@code HOMEWARD_NEW_PASSWORD}, else typed twice at the terminal);
 * {@code users} lists the accounts. The workbench's Window > User accounts does the same with screens.
 */
final class AccountCommand {

    static final String NEW_PASSWORD = "HOMEWARD_NEW_PASSWORD";

    private final Services services;
    private final Console console;
    private final UnaryOperator<String> environment;

    AccountCommand(Services services, Console console, UnaryOperator<String> environment) {
        this.services = services;
        this.console = console;
        this.environment = environment;
    }

    int add(List<String> args) throws Arguments.UsageException, Commands.NoPermissionException,
            org.homeward.reporting.model.imports.ImportException {
        Arguments a = new Arguments(args, Set.of("role", "name"), Set.of());
        if (a.words().size() != 1) {
            throw new Arguments.UsageException(Messages.Usage_oneUser);
        }
        Role role = role(a.required("role"));
        char[] password = password();
        try {
            Account created = services.get(AccountService.class).create(a.words().get(0), a.required("name"), role,
                    password);
            console.result("user=" + created.userName());
            console.say(NLS.bind(Messages.Account_created, created.userName(), created.role()));
            return Commands.OK;
        } catch (RefusedException e) {
            throw new Commands.NoPermissionException(e.getMessage());
        } catch (ValidationException e) {
            throw new org.homeward.reporting.model.imports.ImportException(e.getMessage());
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    int list() throws Commands.NoPermissionException {
        try {
            for (Account account : services.get(AccountService.class).accounts()) {
                console.result(account.userName() + '\t' + account.role() + '\t'
                        + (account.active() ? "active" : "closed") + '\t' + account.fullName());
            }
            return Commands.OK;
        } catch (RefusedException e) {
            throw new Commands.NoPermissionException(e.getMessage());
        }
    }

    private static Role role(String name) throws Arguments.UsageException {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(NLS.bind(Messages.Usage_badRole, name,
                    java.util.Arrays.toString(Role.values())));
        }
    }

    private char[] password() throws Commands.NoPermissionException {
        return TypedPassword.read(environment, NEW_PASSWORD, Messages.Account_prompt, Messages.Account_noPassword,
                Messages.Account_mismatch);
    }
}
